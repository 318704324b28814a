/**
 * `npm run upload [-- --environment development|stage|production] [--verbose]`: uploads the
 * package with Adobe's @adobe/reactor-uploader, never interactively. Credentials come only from
 * the uploader's environment variables (not flags: those end up in shell history and process
 * lists); when they are missing this fails at once, before building anything, because the
 * uploader would otherwise sit on a prompt.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './manifest';

const ENVIRONMENTS = ['production', 'development', 'stage'] as const;
type Environment = (typeof ENVIRONMENTS)[number];
const UPLOADER = join(ROOT, 'node_modules/@adobe/reactor-uploader/bin/index.js');

export interface UploadOptions {
  environment: Environment;
  verbose: boolean;
  uploadTimeout?: string;
}

/** The uploader's documented variables for an environment (bin/envConfig.json). */
export function credentialVariables(environment: Environment) {
  const suffix = environment === 'production' ? '' : `_${environment.toUpperCase()}`;
  return {
    accessToken: `REACTOR_IO_INTEGRATION_ACCESS_TOKEN${suffix}`,
    clientId: `REACTOR_IO_INTEGRATION_CLIENT_ID${suffix}`,
    clientSecret: `REACTOR_IO_INTEGRATION_CLIENT_SECRET${suffix}`,
  };
}

/** Undefined when the environment has usable credentials, else what to tell the user. */
export function missingCredentials(environment: Environment, env: NodeJS.ProcessEnv): string | undefined {
  const vars = credentialVariables(environment);
  const set = (name: string) => !!env[name]?.trim();
  if (set(vars.accessToken) || (set(vars.clientId) && set(vars.clientSecret))) return undefined;
  const missing = [vars.clientId, vars.clientSecret].filter((name) => !set(name));
  return [
    `No Adobe I/O credentials for the ${environment} environment (${missing.join(' and ')} not set).`,
    'Set, from your Adobe Developer Console project (OAuth Server-to-Server credential):',
    `  ${vars.clientId} and ${vars.clientSecret}`,
    `or an access token you already have:`,
    `  ${vars.accessToken}`,
    'then run npm run upload again.',
  ].join('\n');
}

export function parseArgs(args: string[]): UploadOptions {
  const options: UploadOptions = { environment: 'production', verbose: false };
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].split(/=(.*)/s, 2);
    const value = () => inline ?? args[++i];
    if (flag === '--verbose') options.verbose = true;
    else if (flag === '--environment') {
      const environment = value();
      if (!(ENVIRONMENTS as readonly string[]).includes(environment)) {
        throw new Error(`--environment must be one of ${ENVIRONMENTS.join(', ')}.`);
      }
      options.environment = environment as Environment;
    } else if (flag === '--upload-timeout') options.uploadTimeout = value();
    else if (flag.startsWith('--auth.')) {
      throw new Error(
        `${flag}: pass credentials through the REACTOR_IO_INTEGRATION_* environment variables, ` +
          'not on the command line.',
      );
    } else throw new Error(`unknown option ${args[i]}; use --environment, --verbose or --upload-timeout.`);
  }
  return options;
}

/** The zip `npm run package` writes for the current extension.json, rebuilt when missing or stale. */
function ensurePackage(): string {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'extension.json'), 'utf8'));
  const zip = join(ROOT, `package-${manifest.name}-${manifest.version}.zip`);
  if (!existsSync(zip) || statSync(zip).mtimeMs < newestSource()) {
    const why = existsSync(zip) ? 'older than the sources' : 'missing';
    console.log(`[upload] packaging (npm run package): ${relative(ROOT, zip)} is ${why}`);
    const result = spawnSync('npm', ['run', 'package'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
    if (result.status !== 0 || !existsSync(zip)) throw new Error('npm run package failed; see above.');
  }
  return zip;
}

function newestSource(): number {
  const times = [join(ROOT, 'extension.json'), join(ROOT, 'package.json')].map((f) => statSync(f).mtimeMs);
  for (const entry of readdirSync(join(ROOT, 'src'), { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) times.push(statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return Math.max(...times);
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  const problem = missingCredentials(options.environment, process.env);
  if (problem) throw new Error(problem);
  const zip = ensurePackage();
  console.log(`[upload] uploading ${relative(ROOT, zip)} to the ${options.environment} environment`);
  const args = [UPLOADER, zip, '--environment', options.environment];
  if (options.verbose) args.push('--verbose');
  if (options.uploadTimeout) args.push('--upload-timeout', options.uploadTimeout);
  // stdin closed: should the uploader ever prompt, it gets end-of-input instead of waiting.
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  process.exit(result.status ?? 1);
}

if (require.main === module) {
  try {
    main();
  } catch (error) {
    console.error(`[upload] ${(error as Error).message}`);
    process.exit(1);
  }
}
