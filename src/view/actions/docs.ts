/** Meta's pages about each part of the action and the configuration. */
import type { DocLink } from '../components/FormSection';

const CAPI = 'https://developers.facebook.com/docs/marketing-api/conversions-api';

export const DOCS = {
  gettingStarted: { href: `${CAPI}/get-started`, title: 'Get started' },
  serverEvent: { href: `${CAPI}/parameters/server-event`, title: 'Server event parameters' },
  customerInformation: { href: `${CAPI}/parameters/customer-information-parameters`, title: 'Customer information' },
  customData: { href: `${CAPI}/parameters/custom-data`, title: 'Custom data' },
  testEvents: { href: `${CAPI}/using-the-api#testEvents`, title: 'Test events' },
  advanced: { href: `${CAPI}/best-practices`, title: 'Best practices' },
  preview: { href: `${CAPI}/using-the-api`, title: 'Using the API' },
} satisfies Record<string, DocLink>;
