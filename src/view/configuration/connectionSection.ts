/** The configuration view's one section: the pixel, the credentials and where to send. */
import { CONFIGURATION_FORM_FIELD_LIST } from '../../core/settings/form/allForms';
import { configurationSchema } from '../../core/settings/schemas';
import { fieldFor } from '../form/fieldDef';
import { plainSection } from '../form/section';

export const CONNECTION_FIELDS = CONFIGURATION_FORM_FIELD_LIST.map((field) => fieldFor(field));

export const connectionSection = plainSection(CONNECTION_FIELDS, configurationSchema());
