/**
 * Standard XDM identity, person and address fields as Meta customer-information parameters.
 * They are read as given: the action normalizes and hashes them like values from settings.
 */
import { SHA256_HEX } from '../normalize/text';
import { firstText, identityMapOf, textAt, type EventContext } from './reader';

/**
 * The ids of one identityMap namespace (the event's, else the request's); namespace names match
 * in any case, as in Adobe's identity service.
 */
export function identities(event: EventContext, namespace: string): string[] {
  return byNamespace(event).get(namespace.toLowerCase()) ?? [];
}

/** The identityMap's ids by lowercased namespace, worked out once per event (several parameters read it). */
const namespaces = new WeakMap<EventContext, Map<string, string[]>>();
function byNamespace(event: EventContext): Map<string, string[]> {
  let ids = namespaces.get(event);
  if (ids) return ids;
  ids = new Map();
  for (const [name, list] of Object.entries(identityMapOf(event) ?? {})) {
    if (!Array.isArray(list)) continue;
    const key = name.toLowerCase();
    const found = ids.get(key) ?? [];
    for (const identity of list) {
      const id = textAt(identity, 'id');
      if (id) found.push(id);
    }
    ids.set(key, found);
  }
  namespaces.set(event, ids);
  return ids;
}

/**
 * Email ids, then the standard contact field (Adobe Commerce sets it on orders and accounts);
 * ids of `Email_LC_SHA256` are the SHA-256 of the trimmed, lowercased email (Meta's rule):
 * passed through. Repeats are sent once (user_data de-duplicates normalized values).
 */
export function emails(event: EventContext): string[] | undefined {
  const hashed = identities(event, 'Email_LC_SHA256').filter((id) => SHA256_HEX.test(id));
  return orNothing([...identities(event, 'Email'), ...texts(event.xdm, ['personalEmail.address']), ...hashed]);
}

/** Phone ids, then the standard contact fields. */
export function phones(event: EventContext): string[] | undefined {
  return orNothing([...identities(event, 'Phone'), ...texts(event.xdm, ['mobilePhone.number', 'homePhone.number'])]);
}

/** Only from the namespace the customer configured: it must match what the Pixel sends. */
export function externalIds(event: EventContext): string[] | undefined {
  return event.externalIdNamespace ? orNothing(identities(event, event.externalIdNamespace)) : undefined;
}

function texts(xdm: unknown, paths: readonly string[]): string[] {
  return paths.flatMap((path) => textAt(xdm, path) ?? []);
}

export const firstName = ({ xdm }: EventContext) => textAt(xdm, 'person.name.firstName');
export const lastName = ({ xdm }: EventContext) => textAt(xdm, 'person.name.lastName');
export const birthDate = ({ xdm }: EventContext) => textAt(xdm, 'person.birthDate');

/** XDM's `male` and `female`; `not_specified` and other values say nothing Meta can use. */
export function gender({ xdm }: EventContext): string | undefined {
  const text = textAt(xdm, 'person.gender')?.toLowerCase();
  return text === 'male' || text === 'female' ? text : undefined;
}

export const city = ({ xdm }: EventContext) => textAt(xdm, 'homeAddress.city');
export const postalCode = ({ xdm }: EventContext) => textAt(xdm, 'homeAddress.postalCode');

/** An ISO 3166-2 subdivision code (`US-CA`): the country, then the subdivision. */
const ISO_3166_2 = /^([A-Za-z]{2})-([A-Za-z0-9]{1,3})$/;

/** XDM writes stateProvince as ISO 3166-2 (`US-CA`): the part after the dash is the state. */
export function state({ xdm }: EventContext): string | undefined {
  const text = textAt(xdm, 'homeAddress.stateProvince');
  const iso = text && ISO_3166_2.exec(text);
  return iso ? iso[2] : text;
}

/** countryCode, else country; else the country part of an ISO 3166-2 stateProvince. */
export function country({ xdm }: EventContext): string | undefined {
  const text = firstText(xdm, ['homeAddress.countryCode', 'homeAddress.country']);
  if (text) return text;
  const iso = ISO_3166_2.exec(textAt(xdm, 'homeAddress.stateProvince') ?? '');
  return iso?.[1];
}

function orNothing(list: string[]): string[] | undefined {
  return list.length ? list : undefined;
}
