/** The action's settings schema (as in extension.json), built once for every section. */
import { actionSchema } from '../../../core/settings/schemas';

export const ACTION_SCHEMA = actionSchema();
