/**
 * The settings schemas exactly as extension.json ships them, compiled with ajv. They are
 * draft-04 (as Adobe's own extensions); the keywords they use mean the same in ajv's default
 * draft, so only the `$schema` marker is dropped.
 */
import Ajv, { type ValidateFunction } from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/manifest';

const manifest = JSON.parse(readFileSync(join(ROOT, 'extension.json'), 'utf8'));
const ajv = new Ajv({ strict: false, allErrors: true });

function compile(schema: Record<string, unknown>): ValidateFunction {
  const rest = { ...schema };
  delete rest.$schema;
  return ajv.compile(rest);
}

export const configurationSchema: Record<string, unknown> = manifest.configuration.schema;
export const actionSchema: Record<string, unknown> = manifest.actions[0].schema;
const validators = { configuration: compile(configurationSchema), action: compile(actionSchema) };

/** ajv's errors for settings, or [] when they validate. */
export function schemaErrors(which: keyof typeof validators, settings: unknown): string[] {
  const validate = validators[which];
  if (validate(settings)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}
