/** Optional per-action pixel ID and access token, instead of the extension configuration's. */
import { ACTION_FIELDS } from '../../../core/settings/actionFields';
import { isBlank } from '../../../core/settings/fieldSpec';
import { parsePixelId } from '../../../core/settings/parsers';
import { fieldAt } from '../../form/fieldDef';
import { plainSection } from '../../form/section';
import { ACTION_SCHEMA } from './actionSchema';

export const OVERRIDE = {
  pixelId: fieldAt(['pixelId'], ACTION_FIELDS.pixelId, (v, s) => (isBlank(v) ? undefined : parsePixelId(v, s))),
  accessToken: fieldAt(['accessToken'], ACTION_FIELDS.accessToken),
};

export const overrideSection = plainSection(Object.values(OVERRIDE), ACTION_SCHEMA);
