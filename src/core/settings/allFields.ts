/** Every declared setting, in settings order, and the settings types derived from them. */
import { CONSENT_FIELDS, LIMITED_DATA_USE_FIELDS, OVERRIDE_FIELDS, TEST_EVENT_FIELDS } from './actionFields';
import { CONFIGURATION_FIELDS } from './configurationFields';
import { CUSTOM_DATA_FIELD, CUSTOM_DATA_KEYS } from './customDataFields';
import type { Field, FieldKind } from './field';
import { MAPPING_FIELDS } from './mappingFields';
import { SERVER_EVENT_FIELDS } from './serverEventFields';
import { USER_DATA_FIELDS } from './userDataFields';

/**
 * The action's fields, in the order they are resolved: a field's event default may read the
 * fields before it (fbc reads the event source URL and time; event_id the event name).
 */
export const ACTION_FIELD_LIST: readonly Field[] = [
  ...Object.values(MAPPING_FIELDS),
  ...Object.values(CONSENT_FIELDS),
  ...Object.values(SERVER_EVENT_FIELDS),
  ...Object.values(LIMITED_DATA_USE_FIELDS),
  ...Object.values(USER_DATA_FIELDS),
  CUSTOM_DATA_FIELD,
  ...Object.values(CUSTOM_DATA_KEYS),
  ...Object.values(TEST_EVENT_FIELDS),
  ...Object.values(OVERRIDE_FIELDS),
];

export const CONFIGURATION_FIELD_LIST: readonly Field[] = Object.values(CONFIGURATION_FIELDS);

/** Stored value types by kind; any value may instead be text holding a data-element token. */
interface Stored {
  text: string | number;
  secret: string;
  choice: string;
  suggest: string;
  boolean: boolean | string;
  integer: number | string;
  time: number | string;
  json: Record<string, unknown> | string;
  list: string | number | (string | number)[];
}

type Group<F extends Record<string, { kind: FieldKind }>> = { [K in keyof F]?: Stored[F[K]['kind']] };

/** The action's stored settings, derived from the declarations (names as in Meta's API inside the groups). */
export interface ActionSettings {
  serverEvent?: Group<typeof SERVER_EVENT_FIELDS>;
  limitedDataUse?: Group<typeof LIMITED_DATA_USE_FIELDS>;
  userData?: Group<typeof USER_DATA_FIELDS>;
  customData?: Stored['json'];
  testEventCode?: string;
  xdmMapping?: Group<typeof MAPPING_FIELDS>;
  consent?: Group<typeof CONSENT_FIELDS> & { value?: unknown };
  pixelId?: string;
  accessToken?: string;
}

export type ConfigurationSettings = Group<typeof CONFIGURATION_FIELDS>;
