/** Settings for the view tests: a realistic Purchase rule, as a shop's checkout sends it. */
export const EXTENSION_SETTINGS = { pixelId: '1234567890', accessToken: 'EAAB-secret-token-value' };

export const PURCHASE_RULE = {
  xdmMapping: { enabled: true },
  serverEvent: {
    event_name: 'Purchase',
    action_source: 'website',
    event_source_url: '{{Page URL}}',
    event_id: '{{Order ID}}',
  },
  userData: {
    em: '{{Customer email}}',
    ph: '{{Customer phone}}',
    fn: '{{First name}}',
    ln: '{{Last name}}',
    external_id: '{{Customer ID}}',
    fbp: '{{_fbp cookie}}',
    fbc: '{{_fbc cookie}}',
  },
  customData: {
    value: '{{Order total}}',
    currency: 'USD',
    order_id: '{{Order ID}}',
    content_ids: '{{Product SKUs}}',
    content_type: 'product',
  },
};
