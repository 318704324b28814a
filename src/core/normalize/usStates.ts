/** US states, DC and territories: `code Name[;Alias]`, one a line. */
const TABLE = `al Alabama
ak Alaska
az Arizona
ar Arkansas
ca California
co Colorado
ct Connecticut
de Delaware
dc District of Columbia;Washington DC
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
vi U.S. Virgin Islands;Virgin Islands
um United States Minor Outlying Islands`;

let names: Map<string, string> | undefined;

/** lookup key of a state name → its 2-letter code; built on first use. */
export function usStateNames(lookupKey: (text: string) => string): Map<string, string> {
  if (names) return names;
  names = new Map();
  for (const line of TABLE.split('\n')) {
    for (const name of line.slice(3).split(';')) names.set(lookupKey(name), line.slice(0, 2));
  }
  return names;
}
