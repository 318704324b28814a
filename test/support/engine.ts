/**
 * Runs the built action inside Adobe's real Edge rule engine (@adobe/reactor-turbine-edge),
 * with a container shaped as the platform's build produces it: settings holding `{{tokens}}`
 * are resolved through the engine's own data-element machinery, keeping typed values.
 * The engine keeps module-level state: one engine per test file.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { EXTENSION_NAME } from '../../src/core/constants';
import { LIB_PATH, ROOT } from '../../scripts/manifest';

const require = createRequire(import.meta.url);
const { initialize } = require('@adobe/reactor-turbine-edge') as {
  initialize: (
    init: (getDataElementValues: DataElementValues) => unknown,
    options: { fetch: typeof fetch },
  ) => ExecuteRules;
};

type DataElementValues = (names: string[], context: unknown) => Promise<(name: string) => unknown>;
type ExecuteRules = (request: unknown, env: unknown, options?: unknown) => Promise<RuleResult[]>;

interface LogEntry {
  timestampMs: number;
  attributes: { logLevel: string };
  messages: string[];
}
export interface RuleResult {
  ruleId: string;
  status: 'success' | 'failed' | 'condition_not_met';
  logs: LogEntry[];
}

/**
 * A data element: a constant of any type (resolved after `delayMs`, to stand for a slow
 * one), a Core "path" into the request (e.g. `arc.event.xdm.…`), or Core "custom code" (its
 * `source`, run with the request context and the module's utils: logger, fetch, …).
 */
export type DataElement =
  { value: unknown; delayMs?: number } | { path: string } | { source: (arc: EngineArc, utils: EngineUtils) => unknown };

/** What a custom code data element is given. */
interface EngineArc {
  event: { xdm: Record<string, unknown>; data: Record<string, unknown> };
}
interface EngineUtils {
  logger: Record<'log' | 'info' | 'debug' | 'warn' | 'error', (...args: unknown[]) => void>;
  fetch: typeof fetch;
}

export interface EngineOptions {
  extensionSettings: Record<string, unknown>;
  /** Each rule is a list of this extension's action settings, run in order. */
  rules: Record<string, unknown>[][];
  dataElements?: Record<string, DataElement>;
  fetch: typeof fetch;
  /** Values the platform masks in logs (as it does for Core Secret data elements). */
  sensitiveTokens?: string[];
  /** Receives `arc.ruleStash` after each rule's last action (read by a test-only action). */
  onStash?: (ruleId: string, stash: Record<string, unknown>) => void;
}

const ACTION_MODULE = `${EXTENSION_NAME}/${LIB_PATH}`;
const CONSTANT_MODULE = 'test-data/constant.js';
const PATH_MODULE = 'core/src/lib/dataElements/path.js';
const CUSTOM_CODE_MODULE = 'core/src/lib/dataElements/customCode.js';
const STASH_MODULE = 'test-data/readStash.js';

export function createEngine(
  options: EngineOptions,
): (xdm: Record<string, unknown>, data?: Record<string, unknown>, request?: unknown) => Promise<RuleResult[]> {
  const action = require(join(ROOT, LIB_PATH));
  const corePath = require('@adobe/reactor-extension-core-edge/src/lib/dataElements/path.js');
  const coreCustomCode = require('@adobe/reactor-extension-core-edge/src/lib/dataElements/customCode.js');
  const execute = initialize(
    (getDataElementValues) => {
      const settingsFn = (settings: unknown) => tokenResolver(settings, getDataElementValues);
      return {
        rules: options.rules.map((actions, i) => ({
          id: `RL${i + 1}`,
          name: `Rule ${i + 1}`,
          actions: [
            ...actions.map((settings) => ({ modulePath: ACTION_MODULE, getSettings: settingsFn(settings) })),
            ...(options.onStash ? [{ modulePath: STASH_MODULE }] : []),
          ],
        })),
        dataElements: Object.fromEntries(
          Object.entries(options.dataElements ?? {}).map(([name, de]) => [
            name,
            'path' in de
              ? { modulePath: PATH_MODULE, getSettings: settingsFn({ path: de.path }) }
              : 'source' in de
                ? { modulePath: CUSTOM_CODE_MODULE, getSettings: settingsFn({ source: de.source }) }
                : {
                    modulePath: CONSTANT_MODULE,
                    getSettings: settingsFn({ value: de.value, delayMs: de.delayMs ?? 0 }),
                  },
          ]),
        ),
        extensions: {
          [EXTENSION_NAME]: {
            displayName: 'Meta Conversions API Forwarder',
            getSettings: settingsFn(options.extensionSettings),
          },
          core: { displayName: 'Core', getSettings: async () => ({}) },
          'test-data': { displayName: 'Test data', getSettings: async () => ({}) },
        },
        modules: {
          [ACTION_MODULE]: { displayName: 'Send Conversions API Event', extensionName: EXTENSION_NAME, script: action },
          [PATH_MODULE]: { displayName: 'Path', extensionName: 'core', script: corePath },
          [CUSTOM_CODE_MODULE]: { displayName: 'Custom Code', extensionName: 'core', script: coreCustomCode },
          [STASH_MODULE]: {
            displayName: 'Read stash',
            extensionName: 'test-data',
            script: ({
              arc,
              utils,
            }: {
              arc: { ruleStash: Record<string, unknown> };
              utils: { getRule(): { id: string } };
            }) => {
              options.onStash?.(utils.getRule().id, structuredClone(arc.ruleStash));
              return null;
            },
          },
          [CONSTANT_MODULE]: {
            displayName: 'Constant',
            extensionName: 'test-data',
            script: async ({ utils }: { utils: { getSettings(): { value: unknown; delayMs: number } } }) => {
              const { value, delayMs } = utils.getSettings();
              if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
              return value;
            },
          },
        },
        buildInfo: { turbineVersion: '3.0.1', environment: 'development' },
        getLogSensitiveTokens: () => options.sensitiveTokens ?? [],
      };
    },
    { fetch: options.fetch },
  );
  return (xdm, data = {}, request = { header: {}, body: {} }) => execute({ event: { xdm, data }, request }, {});
}

/** The platform's build turns settings into a function resolving `{{name}}` tokens (a lone token keeps its type). */
function tokenResolver(settings: unknown, getDataElementValues: DataElementValues) {
  const names = new Set<string>();
  JSON.stringify(settings ?? {}).replace(/\{\{([^{}]+)\}\}/g, (_, name: string) => (names.add(name), ''));
  return async (context: unknown) => {
    const get = await getDataElementValues([...names], context);
    const resolve = (value: unknown): unknown => {
      if (typeof value === 'string') {
        const lone = /^\{\{([^{}]+)\}\}$/.exec(value);
        if (lone) return get(lone[1]);
        return value.replace(/\{\{([^{}]+)\}\}/g, (_, name: string) => String(get(name) ?? ''));
      }
      if (Array.isArray(value)) return value.map(resolve);
      if (value && typeof value === 'object')
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v)]));
      return value;
    };
    return resolve(settings);
  };
}

/** All log lines of a rule run, flattened. */
export function logText(result: RuleResult): string {
  return result.logs.map((l) => `[${l.attributes.logLevel}] ${l.messages.join(' ')}`).join('\n');
}
