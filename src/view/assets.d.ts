/** Stylesheets imported for their side effect: esbuild bundles them into the view's .css file. */
declare module '*.css';
