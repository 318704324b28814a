/**
 * What "Check connection" found, loaded with its code on first use: one line, what to do when
 * something is wrong, and Meta's own quality figures for the pixel where the token may read them.
 */
import { Heading } from '@adobe/react-spectrum/Heading';
import { Text } from '@adobe/react-spectrum/Text';
import type { ConnectionResult as Result, EventQuality } from './connection';
import './testbench.css';

export { checkConnection } from './connection';

export function ConnectionResult({ result }: { result: Result }) {
  if (!result.ok)
    return (
      <div role="alert" className="meta-answer meta-answer--error">
        <p>
          <strong>{result.line}</strong>
        </p>
        <p>What to do: {result.fix}</p>
        {result.fbtraceId && <p>fbtrace_id {result.fbtraceId} (for Meta support, who need it soon).</p>}
      </div>
    );
  return (
    <div className="meta-answer meta-answer--ok">
      <p>
        <strong>{result.line}</strong>
      </p>
      {result.details.map((d) => (
        <p key={d}>{d}</p>
      ))}
      <section aria-labelledby="meta-quality-title" className="meta-quality">
        <Heading level={3} id="meta-quality-title" margin={0}>
          Meta&apos;s figures for this pixel
        </Heading>
        <Text UNSAFE_className="field-help field-help--flush">
          From Meta&apos;s Dataset Quality API, per event name, over the events Meta received recently: Event Match
          Quality (out of 10, web events only) with each match key&apos;s coverage, and how many events carry each
          de-duplication key. Meta computes these figures; the form only shows them.
        </Text>
        {'unavailable' in result.quality ? (
          <p>
            Not available with this token. {result.quality.unavailable}
            {result.quality.fix ? ` ${result.quality.fix}` : ''}
          </p>
        ) : result.quality.events.length === 0 ? (
          <p>Meta has no figures for this pixel yet: it computes them from the web events it received lately.</p>
        ) : (
          <QualityTable events={result.quality.events} />
        )}
      </section>
    </div>
  );
}

const pct = (n: number | undefined) => (n === undefined ? '?' : `${n} %`);

function QualityTable({ events }: { events: EventQuality[] }) {
  return (
    <div className="sent-table-wrap">
      <table className="sent-table">
        <caption>Meta&apos;s figures, by event</caption>
        <thead>
          <tr>
            <th scope="col">Event</th>
            <th scope="col">Event Match Quality</th>
            <th scope="col">Match keys (share of events)</th>
            <th scope="col">De-duplication keys</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.eventName}>
              <th scope="row">{e.eventName}</th>
              <td>{e.score === undefined ? 'none yet' : `${e.score} / 10`}</td>
              <td>{e.matchKeys.map((k) => `${k.key.replace(/_/g, ' ')} ${pct(k.coverage)}`).join(', ') || 'none'}</td>
              <td>
                {e.dedupe
                  .map(
                    (d) =>
                      `${d.key}: on ${pct(d.server)} of server and ${pct(d.browser)} of browser events, ` +
                      `${pct(d.deduped)} of browser events de-duplicated`,
                  )
                  .join('; ') || 'none'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
