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

/** The Purchase rule with data elements where a checkbox and a picker stand: a rule's own opt-out and action source. */
export const PURCHASE_RULE_WITH_DATA_ELEMENTS = {
  ...PURCHASE_RULE,
  serverEvent: { ...PURCHASE_RULE.serverEvent, action_source: '{{Action source}}', opt_out: '{{Ads opt-out}}' },
};

/** A data element in a field of every kind: text, suggestions, list, choice, checkbox, number, time, JSON, secret. */
export const DATA_ELEMENTS_EVERYWHERE = {
  accessToken: '{{Meta token}}',
  xdmMapping: { enabled: '{{Use mapping}}', exclude: '{{Left alone}}', externalIdNamespace: '{{Namespace}}' },
  consent: { value: '{{Ad consent}}', whenDenied: '{{When denied}}', whenUnknown: 'skip' },
  serverEvent: {
    event_name: '{{Event name}}',
    event_time: '{{Event time}}',
    action_source: '{{Action source}}',
    event_id: '{{Order ID}}',
    opt_out: '{{Ads opt-out}}',
    messaging_channel: '{{Channel}}',
    app_data: '{{App data}}',
  },
  limitedDataUse: { enabled: '{{LDU}}', country: '{{LDU country}}', state: '{{LDU state}}' },
  userData: { em: ['{{Email}}', '{{Other email}}'], country: '{{Country}}', fbp: '{{_fbp cookie}}' },
  customData: { value: '{{Order total}}', currency: '{{Currency}}' },
  testEventCode: '{{Test code}}',
};
