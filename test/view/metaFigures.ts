/**
 * Dataset Quality figures for a Purchase, as Meta's docs show the API's `web` items: what the
 * Graph stand-in answers in the connection tests.
 */
export const PURCHASE_FIGURES = {
  event_name: 'Purchase',
  event_match_quality: {
    composite_score: 8.1,
    match_key_feedback: [
      { identifier: 'email', coverage: { percentage: 97.5 } },
      { identifier: 'ip_address', coverage: { percentage: 100 } },
    ],
  },
  dedupe_key_feedback: [
    {
      dedupe_key: 'event_id',
      server_events_with_dedupe_key: { percentage: 100 },
      browser_events_with_dedupe_key: { percentage: 98 },
      overall_browser_coverage_from_dedupe_key: { percentage: 91.2 },
    },
  ],
};
