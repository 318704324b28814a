/**
 * An Edge event pasted as Adobe's tools show it, as the `arc` an event-forwarding rule gets:
 * `arc.event` = `{ xdm, data }`, `arc.request` = `{ header?, body }`. Accepted: an Edge request
 * body (`{ "events": [...] }`, from the Experience Platform Debugger or Assurance), one event
 * (`{ "xdm": …, "data": … }`), an Edge request as `npm start` sends it (`{ "header": …,
 * "body": … }`), a copy of `arc` (`{ "event": …, "request": … }`), or the XDM alone.
 */
import { isPlainObject } from '../../core/values';
import { jsonErrorOffset, positionAt } from '../form/jsonPosition';
import type { EdgeArc } from '../preview/buildPreview';

interface PastedEvent {
  arc: EdgeArc;
  /** How many events the pasted request holds, and which one this is (from 0). */
  count: number;
  index: number;
  /** Each event's `xdm.eventType`, to choose one by. */
  eventTypes: (string | undefined)[];
  /** What was done to read it, in words (the request's own XDM added, the XDM read alone). */
  notes: string[];
}

export type PasteResult = { event: PastedEvent } | { problem: string };

const EXPECTED =
  'Paste an Edge request ({"events": [...]}, as the Experience Platform Debugger or Assurance shows it), ' +
  'one event ({"xdm": {...}, "data": {...}}), or an Edge request with its header ({"header": ..., "body": ...}).';

/** Top-level keys of an ExperienceEvent's XDM: pasted alone, such an object is read as the event's `xdm`. */
const XDM_KEYS = ['eventType', '_id', 'timestamp', 'identityMap', 'commerce', 'web', 'productListItems'];

export function parsePastedEvent(text: string, index = 0): PasteResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { problem: `It is not valid JSON${where(text)}. ${EXPECTED}` };
  }
  if (!isPlainObject(value)) return { problem: `It is JSON, but not an object. ${EXPECTED}` };
  if (isPlainObject(value.event) && ('xdm' in value.event || 'data' in value.event)) {
    return single(value.event, value.request ?? { body: value.event }, []);
  }
  if ('header' in value || 'body' in value) {
    if (!isPlainObject(value.body)) return { problem: `"body" is not an object. ${EXPECTED}` };
    const request = { header: value.header, body: value.body };
    return Array.isArray(value.body.events) ? ofRequest(value.body, request, index) : single(value.body, request, []);
  }
  if ('events' in value) return ofRequest(value, { body: value }, index);
  if ('xdm' in value || 'data' in value) return single(value, { body: value }, []);
  if (XDM_KEYS.some((key) => key in value)) {
    const event = { xdm: value };
    return single(event, { body: event }, ['Read as the event’s XDM (xdm).']);
  }
  return { problem: `No Edge event found in it. ${EXPECTED}` };
}

function single(event: Record<string, unknown>, request: unknown, notes: string[]): PasteResult {
  const problem = shapeProblem(event, 'the event');
  if (problem) return { problem };
  return {
    event: {
      arc: { event: { xdm: event.xdm, data: event.data }, request },
      count: 1,
      index: 0,
      eventTypes: [eventTypeOf(event)],
      notes,
    },
  };
}

/**
 * One event of an Edge request. The Mobile SDK puts the identities and the implementation
 * details in the request's own `xdm`, once for all its events: they are added to the event
 * where the event does not set them (identityMap: namespace by namespace).
 */
function ofRequest(body: Record<string, unknown>, request: unknown, index: number): PasteResult {
  const events = body.events;
  if (!Array.isArray(events) || events.length === 0)
    return { problem: `"events" holds no event: it should be a list of {"xdm": ..., "data": ...}.` };
  const chosen = Math.min(Math.max(index, 0), events.length - 1);
  const event = events[chosen];
  if (!isPlainObject(event)) return { problem: `Event ${chosen + 1} in "events" is not an object.` };
  const problem = shapeProblem(event, `event ${chosen + 1} in "events"`);
  if (problem) return { problem };
  const notes: string[] = [];
  let xdm = event.xdm;
  if (isPlainObject(body.xdm) && (isPlainObject(xdm) || xdm === undefined)) {
    const own = isPlainObject(xdm) ? xdm : {};
    const added = Object.keys(body.xdm).filter((key) => !(key in own) || key === 'identityMap');
    xdm = { ...body.xdm, ...own, ...mergedIdentities(body.xdm.identityMap, own.identityMap) };
    if (added.length)
      notes.push(`The request’s own xdm (${added.join(', ')}) is added to the event, where the event does not set it.`);
  }
  return {
    event: {
      arc: { event: { xdm, data: event.data }, request },
      count: events.length,
      index: chosen,
      eventTypes: events.map((e) => (isPlainObject(e) ? eventTypeOf(e) : undefined)),
      notes,
    },
  };
}

function mergedIdentities(fromRequest: unknown, own: unknown): { identityMap?: Record<string, unknown> } {
  if (!isPlainObject(fromRequest)) return {};
  return { identityMap: { ...fromRequest, ...(isPlainObject(own) ? own : {}) } };
}

function shapeProblem(event: Record<string, unknown>, name: string): string | undefined {
  if ('xdm' in event && !isPlainObject(event.xdm)) return `The "xdm" of ${name} is not an object.`;
  if (!('xdm' in event)) return `${name[0].toUpperCase()}${name.slice(1)} has no "xdm".`;
  return undefined;
}

function eventTypeOf(event: Record<string, unknown>): string | undefined {
  const type = isPlainObject(event.xdm) ? event.xdm.eventType : undefined;
  return typeof type === 'string' ? type : undefined;
}

/** " at line 3, column 7", or ": it ends too soon (…)". */
function where(text: string): string {
  const offset = jsonErrorOffset(text);
  if (offset === undefined) return '';
  const { line, column } = positionAt(text, offset);
  return offset >= text.length
    ? `: it ends too soon (line ${line}, column ${column})`
    : ` at line ${line}, column ${column}`;
}
