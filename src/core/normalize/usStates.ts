/** US states, DC and territories: the 2-letter code, the name, then other names people use. */
import { lookupKey } from './text';

/** One per line: the code, the name, then the other names, each after "; ". Decoded on first use, as ./countries. */
const US_STATES = `
al Alabama
ak Alaska
az Arizona
ar Arkansas
ca California
co Colorado
ct Connecticut
de Delaware
dc District of Columbia; Washington DC
fl Florida
ga Georgia
hi Hawaii
id Idaho
il Illinois
in Indiana
ia Iowa
ks Kansas
ky Kentucky
la Louisiana
me Maine
md Maryland
ma Massachusetts
mi Michigan
mn Minnesota
ms Mississippi
mo Missouri
mt Montana
ne Nebraska
nv Nevada
nh New Hampshire
nj New Jersey
nm New Mexico
ny New York
nc North Carolina
nd North Dakota
oh Ohio
ok Oklahoma
or Oregon
pa Pennsylvania
ri Rhode Island
sc South Carolina
sd South Dakota
tn Tennessee
tx Texas
ut Utah
vt Vermont
va Virginia
wa Washington
wv West Virginia
wi Wisconsin
wy Wyoming
as American Samoa
gu Guam
mp Northern Mariana Islands
pr Puerto Rico
vi U.S. Virgin Islands; Virgin Islands
um United States Minor Outlying Islands
`;

/** The table's rows, as [code, name, ...aliases]. */
export function usStateRows(): readonly string[][] {
  return US_STATES.trim()
    .split('\n')
    .map((line) => [line.slice(0, 2), ...line.slice(3).split('; ')]);
}

let codes: Map<string, string> | undefined;

/** The 2-letter code of a US state, DC or territory named in `text` (accents, case and punctuation aside). */
export function usStateCode(text: string): string | undefined {
  if (!codes) {
    codes = new Map();
    for (const [code, ...names] of usStateRows()) for (const name of names) codes.set(lookupKey(name), code);
  }
  return codes.get(lookupKey(text));
}
