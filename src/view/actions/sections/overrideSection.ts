/** Optional per-action pixel ID and access token, instead of the extension configuration's. */
import { plainSection } from '../../form/section';
import { ACTION_SCHEMA, fieldsAt } from './declared';

export const OVERRIDE = fieldsAt('override');
export const overrideSection = plainSection(OVERRIDE, ACTION_SCHEMA);
