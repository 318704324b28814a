/**
 * Meta's error for an event older than its window, as the Graph API writes it (code 100,
 * subcode 2804003). Each suite gives its own trace ID, to find it again in what it checks.
 */
export const timestampTooOld = (fbtraceId: string) => ({
  message: 'Invalid parameter',
  type: 'OAuthException',
  code: 100,
  error_subcode: 2804003,
  error_user_title: 'Event Timestamp Too Old',
  error_user_msg: 'The timestamp for this event is too old.',
  fbtrace_id: fbtraceId,
});
