/** The XDM mapping: on unless turned off, with parameters it must leave alone. */
import { SettingError } from '../errors';
import { CUSTOM_DATA_KEYS } from './customDataFields';
import { declare, metaName, type Field } from './field';
import { optionalText, parseBoolean, parseTextList, quotedIfWord } from './parsers';
import { SERVER_EVENT_FIELDS } from './serverEventFields';
import { USER_DATA_FIELDS } from './userDataFields';

/** The Meta parameters the XDM mapping may fill, in declaration order. */
export const MAPPABLE_NAMES: readonly string[] = [
  ...Object.values(SERVER_EVENT_FIELDS),
  ...Object.values(USER_DATA_FIELDS),
  ...Object.values(CUSTOM_DATA_KEYS),
].flatMap((field: Field) => (field.fromEvent?.mapping ? [metaName(field)!] : []));

/** Meta parameter names in text, separated by commas or spaces (the form's exclude field reads them so too). */
export const namesIn = (text: string): string[] => text.split(/[\s,]+/).filter(Boolean);

/** Meta parameter names, as a list or as text separated by commas or spaces. */
function parseExclude(value: unknown, setting: string): string[] | undefined {
  const names = parseTextList(typeof value === 'string' ? namesIn(value) : value, setting) ?? [];
  const unknown = names.filter((name) => !MAPPABLE_NAMES.includes(name));
  if (unknown.length) {
    const quoted = unknown.map((name) => quotedIfWord(name, 'a value'));
    throw new SettingError(
      setting,
      `${quoted.join(', ')} is not a parameter the mapping fills (${MAPPABLE_NAMES.join(', ')}).`,
    );
  }
  return names.length ? [...new Set(names)] : undefined;
}

export const MAPPING_FIELDS = declare({
  enabled: {
    path: ['xdmMapping', 'enabled'],
    sentAs: { to: 'none' },
    label: 'Fill blank fields from the XDM event',
    kind: 'boolean',
    parse: parseBoolean,
  },
  exclude: {
    path: ['xdmMapping', 'exclude'],
    sentAs: { to: 'none' },
    label: 'Parameters the mapping leaves alone',
    kind: 'list',
    parse: parseExclude,
  },
  externalIdNamespace: {
    path: ['xdmMapping', 'externalIdNamespace'],
    sentAs: { to: 'none' },
    label: 'External ID namespace',
    kind: 'text',
    parse: optionalText,
  },
});
