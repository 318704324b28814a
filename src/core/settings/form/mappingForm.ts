/** The form part of the XDM mapping settings. */
import { MAPPING_FIELDS } from '../mappingFields';
import { withForm } from './part';

export const MAPPING_FORM = withForm(MAPPING_FIELDS, {
  enabled: {
    help: 'Blank parameters are taken from the standard Web SDK (XDM) fields of the event. On unless turned off.',
    standIn: { value: true },
    place: 'mapping',
  },
  exclude: {
    help: 'Meta parameter names, e.g. em, contents.',
    standIn: 'omit',
    example: ['em', 'contents'],
    place: 'mapping',
  },
  externalIdNamespace: {
    placeholder: 'e.g. CRMID',
    help: 'The identityMap namespace of your own customer ID, for external_id. Use the ID the Pixel sends too.',
    standIn: 'word',
    place: 'mapping',
  },
});
