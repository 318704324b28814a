/**
 * The core's match-quality estimate for the event as set: keys carried, from where, and what is
 * missing. Without a pasted Edge event, keys the event would fill are only possible: when the
 * estimate rests on them, it says it depends on the event rather than rating it.
 */
import { Flex } from '@adobe/react-spectrum/Flex';
import { Heading } from '@adobe/react-spectrum/Heading';
import { Text } from '@adobe/react-spectrum/Text';
import {
  describeSource,
  type KeySource,
  type MatchQualityEstimate,
  type MatchRating,
} from '../../core/event/matchQuality';

const RATING: Record<MatchRating, string> = {
  good: 'Likely to match well',
  fair: 'May match',
  weak: 'Unlikely to match',
  invalid: 'Meta treats this event as invalid',
};

/** "em from data element {{Email}}", or for several keys from one place: "ct, st, zp from the Edge event". */
function sources(keys: { key: string; source: KeySource }[], realEvent: boolean): string {
  const byPlace = new Map<string, string[]>();
  for (const { key, source } of keys) {
    // Without an event, a key it would fill counts as if the event has it.
    const place =
      source.from !== 'event'
        ? describeSource(source)
        : realEvent
          ? `the Edge event's ${source.describe}`
          : 'the Edge event, when it has them';
    byPlace.set(place, [...(byPlace.get(place) ?? []), key]);
  }
  return [...byPlace].map(([place, names]) => `${names.join(', ')} from ${place}`).join('; ');
}

/**
 * `withoutEvent`: with no event pasted, the rating the keys set in the action give alone; when
 * the event's keys would change it, the estimate depends on the event.
 */
export function MatchQuality(props: {
  estimate: MatchQualityEstimate;
  realEvent: boolean;
  withoutEvent?: MatchRating;
}) {
  const { estimate, realEvent, withoutEvent } = props;
  const depends = !realEvent && withoutEvent !== undefined && withoutEvent !== estimate.rating;
  return (
    <section
      aria-label="Match keys estimate"
      className={`match-quality match-quality--${depends ? 'unknown' : estimate.rating}`}
    >
      <Heading level={3} margin={0}>
        Match keys: {depends ? 'depends on the event' : RATING[estimate.rating]}{' '}
        <span className="match-quality-note">
          (an estimate from the keys this event carries, by the value Meta&apos;s guidance gives each; not Meta&apos;s
          Event Match Quality score)
        </span>
      </Heading>
      <Flex direction="column" gap="size-50" marginTop="size-100">
        {estimate.carried.length > 0 && (
          <ul className="match-keys">
            {estimate.carried.map(({ group, keys }) => (
              <li key={group.id}>
                <strong>{group.label}</strong> ({group.value}): {sources(keys, realEvent)}
              </li>
            ))}
          </ul>
        )}
        {estimate.invalidMinimumSet && (
          <Text>
            Meta treats an event with only these keys (or none) as invalid: add email, phone, external ID or the IP
            address.
          </Text>
        )}
        {estimate.missing.length > 0 && (
          <Text>Missing high-value keys: {estimate.missing.map((g) => g.label).join(', ')}.</Text>
        )}
        {depends && (
          <Text>
            With only the keys set in this action: {RATING[withoutEvent!]}. Paste an Edge event to estimate from its
            values.
          </Text>
        )}
        {estimate.hints.map((hint) => (
          <Text key={hint}>{hint}</Text>
        ))}
      </Flex>
    </section>
  );
}
