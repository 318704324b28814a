// CommonJS, like the rest of the package (no "type": "module"): Vite loads it without warnings.
module.exports = {
  test: {
    root: `${__dirname}/..`,
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
} satisfies import('vitest/config').ViteUserConfig;
