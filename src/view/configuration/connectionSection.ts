/** The configuration view's one section: the pixel, the credentials and where to send. */
import { CONFIGURATION_FIELDS as F } from '../../core/settings/configurationFields';
import { parseAccessToken, parseGraphApiBaseUrl, parseGraphApiVersion, parsePixelId } from '../../core/settings/parsers';
import { configurationSchema } from '../../core/settings/schemas';
import { fieldAt } from '../form/fieldDef';
import { plainSection } from '../form/section';

const SCHEMA = configurationSchema();

export const CONNECTION_FIELDS = {
  pixelId: fieldAt(['pixelId'], F.pixelId, parsePixelId),
  accessToken: fieldAt(['accessToken'], F.accessToken, parseAccessToken),
  graphApiVersion: fieldAt(['graphApiVersion'], F.graphApiVersion, parseGraphApiVersion),
  appSecret: fieldAt(['appSecret'], F.appSecret),
  graphApiBaseUrl: fieldAt(['graphApiBaseUrl'], F.graphApiBaseUrl, parseGraphApiBaseUrl),
};

export const connectionSection = plainSection(Object.values(CONNECTION_FIELDS), SCHEMA);
