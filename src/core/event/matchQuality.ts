/**
 * An estimate of how well an event's customer information can match a Meta account, from the
 * keys it carries. It is not Meta's Event Match Quality score (Meta computes that from the
 * events it received, a day or two later): it reads Meta's guidance on which keys matter most,
 * and Meta's rule that some key sets alone make an event invalid.
 */
import type { BuiltEvent } from './buildEvent';
import { isWeakMatchSet } from './rules';

/** How much a key group helps matching, as Meta's best-practice guidance ranks them. */
type MatchValue = 'highest' | 'high' | 'medium';

interface MatchKeyGroup {
  id: string;
  label: string;
  value: MatchValue;
  /** The user_data keys of the group. */
  keys: readonly string[];
  /** The group counts only with all its keys (IP address with user agent); else any one will do. */
  all?: boolean;
}

/** The groups, most valuable first. */
const MATCH_KEY_GROUPS: readonly MatchKeyGroup[] = [
  { id: 'email', label: 'Email', value: 'highest', keys: ['em'] },
  { id: 'phone', label: 'Phone', value: 'highest', keys: ['ph'] },
  {
    id: 'ipAndAgent',
    label: 'IP address + user agent',
    value: 'high',
    keys: ['client_ip_address', 'client_user_agent'],
    all: true,
  },
  { id: 'externalId', label: 'External ID', value: 'high', keys: ['external_id'] },
  { id: 'clickAndBrowser', label: 'Click ID (fbc) or browser ID (fbp)', value: 'medium', keys: ['fbc', 'fbp'] },
  {
    id: 'nameAndLocation',
    label: 'Name + location',
    value: 'medium',
    keys: ['fn', 'ln', 'ct', 'st', 'zp', 'country'],
    all: true,
  },
];

/** Where a key's value comes from. */
export type KeySource =
  | { from: 'literal' }
  | { from: 'data element'; name: string }
  /** A setting whose value the action got already resolved (it cannot tell a literal from a data element). */
  | { from: 'setting' }
  | { from: 'event'; describe: string };

interface CarriedGroup {
  group: MatchKeyGroup;
  /** The group's keys this event carries, with where each comes from. */
  keys: { key: string; source: KeySource }[];
}

export type MatchRating = 'invalid' | 'weak' | 'fair' | 'good';

export interface MatchQualityEstimate {
  rating: MatchRating;
  carried: CarriedGroup[];
  /** Groups valued highest or high that the event does not carry. */
  missing: MatchKeyGroup[];
  /** Meta treats an event with only these keys (or fewer) as invalid. */
  invalidMinimumSet: boolean;
  hints: string[];
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

export function estimateMatchQuality(
  userData: Record<string, unknown>,
  sourceOf: (key: string) => KeySource,
): MatchQualityEstimate {
  const present = Object.keys(userData).filter((key) => userData[key] !== undefined);
  const has = (key: string) => present.includes(key);
  const carried: CarriedGroup[] = [];
  const missing: MatchKeyGroup[] = [];
  for (const group of MATCH_KEY_GROUPS) {
    const keys = group.keys.filter(has);
    const complete = group.all ? groupComplete(group, has) : keys.length > 0;
    if (complete) carried.push({ group, keys: keys.map((key) => ({ key, source: sourceOf(key) })) });
    else if (group.value !== 'medium') missing.push(group);
  }
  const invalidMinimumSet = !present.length || isWeakMatchSet(present);
  const hints: string[] = [];
  const ip = userData.client_ip_address;
  if (typeof ip === 'string' && IPV4.test(ip.trim())) {
    hints.push(
      "Only an IPv4 address: Meta's Pixel usually sends IPv6, so send the IPv6 address where the event has it.",
    );
  }
  if (has('client_ip_address') !== has('client_user_agent')) {
    hints.push('The IP address and the user agent count together: send both.');
  }
  return { rating: rate(carried, invalidMinimumSet), carried, missing, invalidMinimumSet, hints };
}

/** Name + location: a first or last name with at least one location key; other groups: every key. */
function groupComplete(group: MatchKeyGroup, has: (key: string) => boolean): boolean {
  if (group.id !== 'nameAndLocation') return group.keys.every(has);
  return (has('fn') || has('ln')) && ['ct', 'st', 'zp', 'country'].some(has);
}

function rate(carried: CarriedGroup[], invalid: boolean): MatchRating {
  if (invalid) return 'invalid';
  const values = carried.map((c) => c.group.value);
  const strong = values.filter((v) => v === 'highest').length;
  if (strong && values.length >= 2) return 'good';
  return strong || values.includes('high') ? 'fair' : 'weak';
}

/**
 * The action's debug line: the user_data keys sent, and those the Edge event filled (names, never
 * values). Only key names: Adobe's logger scans every character of a line, and the sources'
 * paths are in the README and the form's test bench.
 */
export function describeKeysSent({ event, resolved }: Pick<BuiltEvent, 'event' | 'resolved'>): string {
  const fromEvent: string[] = [];
  for (const id of resolved.filled.keys()) {
    const key = id.slice('userData.'.length);
    if (id.startsWith('userData.') && key in event.user_data) fromEvent.push(key);
  }
  const filled = fromEvent.length ? `; from the Edge event: ${fromEvent.join(', ')}` : '';
  return `user_data keys sent: ${Object.keys(event.user_data).join(', ') || 'none'}${filled}`;
}

export function describeSource(source: KeySource): string {
  switch (source.from) {
    case 'literal':
      return 'typed in';
    case 'data element':
      return `data element ${source.name}`;
    case 'setting':
      return 'setting';
    case 'event':
      return `Edge event: ${source.describe}`;
  }
}
