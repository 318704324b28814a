/** The form part of Customer Information Parameters: their group in the form and their help. */
import { USER_DATA_FIELDS } from '../userDataFields';
import { withForm } from './part';

export const USER_DATA_FORM = withForm(USER_DATA_FIELDS, {
  em: {
    place: 'userData.contact',
    help: 'One address or a list.',
    placeholder: 'e.g. jane@example.com',
  },
  ph: {
    place: 'userData.contact',
    help: 'With the country code, e.g. +1 650 555 1212.',
    placeholder: 'e.g. +1 650 555 1212',
  },
  fn: {
    place: 'userData.contact',
    help: 'Given name.',
  },
  ln: {
    place: 'userData.contact',
    help: 'Family name.',
  },
  ge: {
    place: 'userData.contact',
    help: 'f, m, female or male.',
  },
  db: {
    place: 'userData.contact',
    help: 'e.g. 1997-02-16 or 2/16/1997.',
  },
  ct: {
    place: 'userData.location',
    help: 'e.g. New York.',
  },
  st: {
    place: 'userData.location',
    help: 'e.g. California or CA.',
  },
  zp: {
    place: 'userData.location',
    help: 'e.g. 94025 or M1 1AE.',
  },
  country: {
    place: 'userData.location',
    help: 'e.g. US, USA or United States.',
  },
  external_id: {
    // Websites send it with the contact keys; the other identifiers are for apps and lead ads.
    place: 'userData.contact',
    help: 'Your own customer ID; send the same value from the Pixel.',
  },
  subscription_id: {
    place: 'userData.identifiers',
    help: 'The subscription ID of the user in this transaction.',
  },
  fb_login_id: {
    place: 'userData.identifiers',
    help: 'The app-scoped ID from Facebook Login.',
  },
  lead_id: {
    place: 'userData.identifiers',
    help: 'The ID of a lead from Meta Lead Ads.',
  },
  anon_id: {
    place: 'userData.identifiers',
    help: 'App events: the app install ID.',
  },
  madid: {
    place: 'userData.identifiers',
    help: 'App events: the device advertising ID (IDFA or GAID).',
  },
  client_ip_address: {
    place: 'userData.clickAndBrowser',
    help: "The browser's IP address (IPv6 preferred). Never hashed.",
  },
  client_user_agent: {
    place: 'userData.clickAndBrowser',
    help: "The browser's user agent. Required for website events.",
  },
  fbc: {
    place: 'userData.clickAndBrowser',
    help: 'The _fbc cookie, case kept.',
    standIn: 'clickId',
  },
  fbp: {
    place: 'userData.clickAndBrowser',
    help: 'The _fbp cookie, case kept.',
    standIn: 'clickId',
  },
  page_id: {
    place: 'userData.messaging',
    help: 'The Facebook Page ID (business messaging).',
  },
  page_scoped_user_id: {
    place: 'userData.messaging',
    help: "The user's ID scoped to your Page (Messenger).",
  },
  ctwa_clid: {
    place: 'userData.messaging',
    help: 'The click ID from a click-to-WhatsApp ad.',
  },
  ig_account_id: {
    place: 'userData.messaging',
    help: 'Your Instagram business account ID.',
  },
  ig_sid: {
    place: 'userData.messaging',
    help: "The user's Instagram-scoped ID.",
  },
});
