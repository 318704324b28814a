/** Custom Data: `customData`, a JSON object (stored as an object or JSON text, and tokens allowed inside). */
import { CUSTOM_DATA_FIELD } from '../../../core/settings/customDataFields';
import { plainSection } from '../../form/section';
import { ACTION_SCHEMA, fieldById } from './declared';

export const CUSTOM_DATA = fieldById(CUSTOM_DATA_FIELD.id);
export const customDataSection = plainSection([CUSTOM_DATA], ACTION_SCHEMA);
