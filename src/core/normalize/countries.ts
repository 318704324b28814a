/**
 * ISO 3166-1: every country's alpha-2 and alpha-3 code and its English short name as ISO
 * writes it, followed by other names people use. A name with a qualifier, in ISO's
 * "Korea (the Republic of)" or the older "Korea, Republic of" form, is also known in the
 * order people say it ("Republic of Korea"); the word "the" and punctuation never matter.
 */
import { lookupKey } from './text';

type Country = readonly [alpha2: string, alpha3: string, isoName: string, ...aliases: string[]];

/**
 * One country per line: its alpha-2 and alpha-3 codes, ISO's name, then the other names, each
 * after "; ". Text, decoded on first use: written as arrays, the table was built at load by every
 * isolate that loaded the library, whether or not an event named a country, and compiling and
 * building those arrays cost more than keeping and splitting this text (docs/performance.md).
 */
/* eslint-disable @stylistic/max-len -- one country per line, and the United Kingdom has many names */
const COUNTRIES = `
af afg Afghanistan
ax ala Åland Islands
al alb Albania
dz dza Algeria
as asm American Samoa
ad and Andorra
ao ago Angola
ai aia Anguilla
aq ata Antarctica
ag atg Antigua and Barbuda
ar arg Argentina
am arm Armenia
aw abw Aruba
au aus Australia
at aut Austria
az aze Azerbaijan
bs bhs Bahamas (the)
bh bhr Bahrain
bd bgd Bangladesh
bb brb Barbados
by blr Belarus
be bel Belgium
bz blz Belize
bj ben Benin
bm bmu Bermuda
bt btn Bhutan
bo bol Bolivia (Plurinational State of); Bolivia
bq bes Bonaire, Sint Eustatius and Saba; Caribbean Netherlands
ba bih Bosnia and Herzegovina; Bosnia
bw bwa Botswana
bv bvt Bouvet Island
br bra Brazil; Brasil
io iot British Indian Ocean Territory (the)
bn brn Brunei Darussalam; Brunei
bg bgr Bulgaria
bf bfa Burkina Faso
bi bdi Burundi
cv cpv Cabo Verde; Cape Verde
kh khm Cambodia
cm cmr Cameroon
ca can Canada
ky cym Cayman Islands (the)
cf caf Central African Republic (the)
td tcd Chad
cl chl Chile
cn chn China; People's Republic of China
cx cxr Christmas Island
cc cck Cocos (Keeling) Islands (the); Cocos Islands; Keeling Islands
co col Colombia
km com Comoros (the)
cd cod Congo (the Democratic Republic of the); DR Congo; DRC; Congo-Kinshasa
cg cog Congo (the); Republic of the Congo; Congo-Brazzaville
ck cok Cook Islands (the)
cr cri Costa Rica
ci civ Côte d'Ivoire; Ivory Coast
hr hrv Croatia
cu cub Cuba
cw cuw Curaçao
cy cyp Cyprus
cz cze Czechia; Czech Republic
dk dnk Denmark
dj dji Djibouti
dm dma Dominica
do dom Dominican Republic (the)
ec ecu Ecuador
eg egy Egypt
sv slv El Salvador
gq gnq Equatorial Guinea
er eri Eritrea
ee est Estonia
sz swz Eswatini; Swaziland
et eth Ethiopia
fk flk Falkland Islands (the) [Malvinas]; Falkland Islands; Falkland Islands (Malvinas); Malvinas
fo fro Faroe Islands (the); Faeroe Islands
fj fji Fiji
fi fin Finland
fr fra France
gf guf French Guiana
pf pyf French Polynesia
tf atf French Southern Territories (the)
ga gab Gabon
gm gmb Gambia (the)
ge geo Georgia
de deu Germany; Deutschland
gh gha Ghana
gi gib Gibraltar
gr grc Greece
gl grl Greenland
gd grd Grenada
gp glp Guadeloupe
gu gum Guam
gt gtm Guatemala
gg ggy Guernsey
gn gin Guinea
gw gnb Guinea-Bissau
gy guy Guyana
ht hti Haiti
hm hmd Heard Island and McDonald Islands
va vat Holy See (the); Holy See (Vatican City State); Vatican; Vatican City
hn hnd Honduras
hk hkg Hong Kong; Hong Kong SAR
hu hun Hungary
is isl Iceland
in ind India
id idn Indonesia
ir irn Iran (Islamic Republic of); Iran
iq irq Iraq
ie irl Ireland; Republic of Ireland
im imn Isle of Man
il isr Israel
it ita Italy; Italia
jm jam Jamaica
jp jpn Japan
je jey Jersey
jo jor Jordan
kz kaz Kazakhstan
ke ken Kenya
ki kir Kiribati
kp prk Korea (the Democratic People's Republic of); North Korea
kr kor Korea (the Republic of); South Korea; Korea
kw kwt Kuwait
kg kgz Kyrgyzstan
la lao Lao People's Democratic Republic (the); Laos
lv lva Latvia
lb lbn Lebanon
ls lso Lesotho
lr lbr Liberia
ly lby Libya
li lie Liechtenstein
lt ltu Lithuania
lu lux Luxembourg
mo mac Macao; Macau; Macao SAR
mk mkd North Macedonia; Macedonia; Macedonia, the former Yugoslav Republic of
mg mdg Madagascar
mw mwi Malawi
my mys Malaysia
mv mdv Maldives
ml mli Mali
mt mlt Malta
mh mhl Marshall Islands (the)
mq mtq Martinique
mr mrt Mauritania
mu mus Mauritius
yt myt Mayotte
mx mex Mexico
fm fsm Micronesia (Federated States of); Micronesia
md mda Moldova (the Republic of); Moldova
mc mco Monaco
mn mng Mongolia
me mne Montenegro
ms msr Montserrat
ma mar Morocco
mz moz Mozambique
mm mmr Myanmar; Burma
na nam Namibia
nr nru Nauru
np npl Nepal
nl nld Netherlands (Kingdom of the); Netherlands; Holland
nc ncl New Caledonia
nz nzl New Zealand
ni nic Nicaragua
ne ner Niger (the)
ng nga Nigeria
nu niu Niue
nf nfk Norfolk Island
mp mnp Northern Mariana Islands (the)
no nor Norway
om omn Oman
pk pak Pakistan
pw plw Palau
ps pse Palestine, State of; Palestine
pa pan Panama
pg png Papua New Guinea
py pry Paraguay
pe per Peru
ph phl Philippines (the)
pn pcn Pitcairn; Pitcairn Islands
pl pol Poland
pt prt Portugal
pr pri Puerto Rico
qa qat Qatar
re reu Réunion
ro rou Romania
ru rus Russian Federation (the); Russia
rw rwa Rwanda
bl blm Saint Barthélemy
sh shn Saint Helena, Ascension and Tristan da Cunha; Saint Helena
kn kna Saint Kitts and Nevis
lc lca Saint Lucia
mf maf Saint Martin (French part); Saint Martin
pm spm Saint Pierre and Miquelon
vc vct Saint Vincent and the Grenadines
ws wsm Samoa
sm smr San Marino
st stp Sao Tome and Principe
sa sau Saudi Arabia
sn sen Senegal
rs srb Serbia
sc syc Seychelles
sl sle Sierra Leone
sg sgp Singapore
sx sxm Sint Maarten (Dutch part); Sint Maarten
sk svk Slovakia
si svn Slovenia
sb slb Solomon Islands
so som Somalia
za zaf South Africa
gs sgs South Georgia and the South Sandwich Islands
ss ssd South Sudan
es esp Spain; España
lk lka Sri Lanka
sd sdn Sudan (the)
sr sur Suriname
sj sjm Svalbard and Jan Mayen
se swe Sweden
ch che Switzerland
sy syr Syrian Arab Republic (the); Syria
tw twn Taiwan (Province of China); Taiwan
tj tjk Tajikistan
tz tza Tanzania, the United Republic of; Tanzania
th tha Thailand
tl tls Timor-Leste; East Timor
tg tgo Togo
tk tkl Tokelau
to ton Tonga
tt tto Trinidad and Tobago
tn tun Tunisia
tr tur Türkiye; Turkey
tm tkm Turkmenistan
tc tca Turks and Caicos Islands (the)
tv tuv Tuvalu
ug uga Uganda
ua ukr Ukraine
ae are United Arab Emirates (the); UAE; Emirates
gb gbr United Kingdom of Great Britain and Northern Ireland (the); United Kingdom; UK; Great Britain; Britain; England; Scotland; Wales; Northern Ireland
um umi United States Minor Outlying Islands (the)
us usa United States of America (the); United States; America
uy ury Uruguay
uz uzb Uzbekistan
vu vut Vanuatu
ve ven Venezuela (Bolivarian Republic of); Venezuela
vn vnm Viet Nam; Vietnam
vg vgb Virgin Islands (British)
vi vir Virgin Islands (U.S.); United States Virgin Islands
wf wlf Wallis and Futuna
eh esh Western Sahara
ye yem Yemen
zm zmb Zambia
zw zwe Zimbabwe
`;
/* eslint-enable @stylistic/max-len */

let lines: readonly string[] | undefined;
/** The table's lines, split on first use; a line's codes and names are read from it as needed. */
const tableLines = () => (lines ??= COUNTRIES.trim().split('\n'));
const alpha2Of = (line: string) => line.slice(0, 2);
const alpha3Of = (line: string) => line.slice(3, 6);
const namesOf = (line: string) => line.slice(7).split('; ');

/** The table's rows, decoded (tests compare them with the table as it was written before). */
export function countryRows(): readonly Country[] {
  return tableLines().map((line): Country => {
    const [isoName, ...aliases] = namesOf(line);
    return [alpha2Of(line), alpha3Of(line), isoName, ...aliases];
  });
}

/**
 * The key a country name is looked up by: accents folded, lowercase letters only, `&` read
 * as "and", "St" as "Saint", and the word "the" left out.
 */
function countryNameKey(text: string): string {
  const words = text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .normalize('NFD')
    .split(/[^a-z]+/);
  let key = '';
  for (const word of words) if (word && word !== 'the') key += word === 'st' ? 'saint' : word;
  return key;
}

/** "Korea (the Republic of)" and "Korea, Republic of" are also said "Republic of Korea". */
function spokenOrder(name: string): string | undefined {
  const qualified = /^(.+?)(?:\s*\(([^()]+)\)|,\s*(.+))$/.exec(name.replace(/\s*\[[^\]]*\]$/, ''));
  return qualified ? `${qualified[2] ?? qualified[3]} ${qualified[1]}` : undefined;
}

export interface CountryCodes {
  alpha2: Set<string>;
  /** alpha-3 code → alpha-2. */
  alpha3: Map<string, string>;
}

let codes: CountryCodes | undefined;
let names: Map<string, string> | undefined;

/** The codes, built on first use (cheap): most events give a country as a code. */
export function countryCodes(): CountryCodes {
  if (codes) return codes;
  const built: CountryCodes = { alpha2: new Set(), alpha3: new Map() };
  for (const line of tableLines()) {
    built.alpha2.add(alpha2Of(line));
    built.alpha3.set(alpha3Of(line), alpha2Of(line));
  }
  return (codes = built);
}

/** countryNameKey of every name (ISO's, the aliases, the spoken order) → alpha-2, built on the first name looked up. */
function countryNames(): Map<string, string> {
  if (names) return names;
  const built = new Map<string, string>();
  const add = (text: string, a2: string) => {
    const key = countryNameKey(text);
    const known = built.get(key);
    if (known && known !== a2) throw new Error(`country name ${text} is ambiguous`);
    built.set(key, a2);
  };
  for (const line of tableLines()) {
    const a2 = alpha2Of(line);
    for (const text of namesOf(line)) {
      add(text, a2);
      const spoken = spokenOrder(text);
      if (spoken) add(spoken, a2);
    }
  }
  return (names = built);
}

/** Lowercase alpha-2 of an alpha-2 or alpha-3 code or an English name, or undefined. */
export function countryCode(text: string): string | undefined {
  const { alpha2, alpha3 } = countryCodes();
  const letters = lookupKey(text);
  if (letters.length === 2 && alpha2.has(letters)) return letters;
  if (letters.length === 3 && alpha3.has(letters)) return alpha3.get(letters);
  return countryNames().get(countryNameKey(text));
}
