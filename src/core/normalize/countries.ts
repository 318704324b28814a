/**
 * ISO 3166-1: alpha-2, alpha-3 and English names (with common aliases), one entry a line:
 * `a2 A3 Name[; Alias…]`. Kept as text so the action bundle stays small.
 */
const TABLE = `ad and Andorra
ae are United Arab Emirates;UAE;Emirates
af afg Afghanistan
ag atg Antigua and Barbuda
ai aia Anguilla
al alb Albania
am arm Armenia
ao ago Angola
aq ata Antarctica
ar arg Argentina
as asm American Samoa
at aut Austria
au aus Australia
aw abw Aruba
ax ala Aland Islands
az aze Azerbaijan
ba bih Bosnia and Herzegovina;Bosnia
bb brb Barbados
bd bgd Bangladesh
be bel Belgium
bf bfa Burkina Faso
bg bgr Bulgaria
bh bhr Bahrain
bi bdi Burundi
bj ben Benin
bl blm Saint Barthelemy
bm bmu Bermuda
bn brn Brunei Darussalam;Brunei
bo bol Bolivia
bq bes Bonaire, Sint Eustatius and Saba
br bra Brazil;Brasil
bs bhs Bahamas;The Bahamas
bt btn Bhutan
bv bvt Bouvet Island
bw bwa Botswana
by blr Belarus
bz blz Belize
ca can Canada
cc cck Cocos (Keeling) Islands
cd cod Democratic Republic of the Congo;DR Congo;DRC
cf caf Central African Republic
cg cog Congo;Republic of the Congo
ch che Switzerland
ci civ Cote d'Ivoire;Ivory Coast
ck cok Cook Islands
cl chl Chile
cm cmr Cameroon
cn chn China
co col Colombia
cr cri Costa Rica
cu cub Cuba
cv cpv Cabo Verde;Cape Verde
cw cuw Curacao
cx cxr Christmas Island
cy cyp Cyprus
cz cze Czechia;Czech Republic
de deu Germany;Deutschland
dj dji Djibouti
dk dnk Denmark
dm dma Dominica
do dom Dominican Republic
dz dza Algeria
ec ecu Ecuador
ee est Estonia
eg egy Egypt
eh esh Western Sahara
er eri Eritrea
es esp Spain;Espana
et eth Ethiopia
fi fin Finland
fj fji Fiji
fk flk Falkland Islands
fm fsm Micronesia
fo fro Faroe Islands
fr fra France
ga gab Gabon
gb gbr United Kingdom;Great Britain;Britain;England;Scotland;Wales;Northern Ireland
gd grd Grenada
ge geo Georgia
gf guf French Guiana
gg ggy Guernsey
gh gha Ghana
gi gib Gibraltar
gl grl Greenland
gm gmb Gambia;The Gambia
gn gin Guinea
gp glp Guadeloupe
gq gnq Equatorial Guinea
gr grc Greece
gs sgs South Georgia and the South Sandwich Islands
gt gtm Guatemala
gu gum Guam
gw gnb Guinea-Bissau
gy guy Guyana
hk hkg Hong Kong
hm hmd Heard Island and McDonald Islands
hn hnd Honduras
hr hrv Croatia
ht hti Haiti
hu hun Hungary
id idn Indonesia
ie irl Ireland;Republic of Ireland
il isr Israel
im imn Isle of Man
in ind India
io iot British Indian Ocean Territory
iq irq Iraq
ir irn Iran
is isl Iceland
it ita Italy;Italia
je jey Jersey
jm jam Jamaica
jo jor Jordan
jp jpn Japan
ke ken Kenya
kg kgz Kyrgyzstan
kh khm Cambodia
ki kir Kiribati
km com Comoros
kn kna Saint Kitts and Nevis
kp prk North Korea
kr kor South Korea;Korea;Republic of Korea
kw kwt Kuwait
ky cym Cayman Islands
kz kaz Kazakhstan
la lao Laos;Lao People's Democratic Republic
lb lbn Lebanon
lc lca Saint Lucia
li lie Liechtenstein
lk lka Sri Lanka
lr lbr Liberia
ls lso Lesotho
lt ltu Lithuania
lu lux Luxembourg
lv lva Latvia
ly lby Libya
ma mar Morocco
mc mco Monaco
md mda Moldova
me mne Montenegro
mf maf Saint Martin
mg mdg Madagascar
mh mhl Marshall Islands
mk mkd North Macedonia;Macedonia
ml mli Mali
mm mmr Myanmar;Burma
mn mng Mongolia
mo mac Macao;Macau
mp mnp Northern Mariana Islands
mq mtq Martinique
mr mrt Mauritania
ms msr Montserrat
mt mlt Malta
mu mus Mauritius
mv mdv Maldives
mw mwi Malawi
mx mex Mexico
my mys Malaysia
mz moz Mozambique
na nam Namibia
nc ncl New Caledonia
ne ner Niger
nf nfk Norfolk Island
ng nga Nigeria
ni nic Nicaragua
nl nld Netherlands;The Netherlands;Holland
no nor Norway
np npl Nepal
nr nru Nauru
nu niu Niue
nz nzl New Zealand
om omn Oman
pa pan Panama
pe per Peru
pf pyf French Polynesia
pg png Papua New Guinea
ph phl Philippines
pk pak Pakistan
pl pol Poland
pm spm Saint Pierre and Miquelon
pn pcn Pitcairn
pr pri Puerto Rico
ps pse Palestine;State of Palestine
pt prt Portugal
pw plw Palau
py pry Paraguay
qa qat Qatar
re reu Reunion
ro rou Romania
rs srb Serbia
ru rus Russia;Russian Federation
rw rwa Rwanda
sa sau Saudi Arabia
sb slb Solomon Islands
sc syc Seychelles
sd sdn Sudan
se swe Sweden
sg sgp Singapore
sh shn Saint Helena
si svn Slovenia
sj sjm Svalbard and Jan Mayen
sk svk Slovakia
sl sle Sierra Leone
sm smr San Marino
sn sen Senegal
so som Somalia
sr sur Suriname
ss ssd South Sudan
st stp Sao Tome and Principe
sv slv El Salvador
sx sxm Sint Maarten
sy syr Syria;Syrian Arab Republic
sz swz Eswatini;Swaziland
tc tca Turks and Caicos Islands
td tcd Chad
tf atf French Southern Territories
tg tgo Togo
th tha Thailand
tj tjk Tajikistan
tk tkl Tokelau
tl tls Timor-Leste;East Timor
tm tkm Turkmenistan
tn tun Tunisia
to ton Tonga
tr tur Turkiye;Turkey
tt tto Trinidad and Tobago
tv tuv Tuvalu
tw twn Taiwan
tz tza Tanzania
ua ukr Ukraine
ug uga Uganda
um umi United States Minor Outlying Islands
us usa United States;United States of America;America
uy ury Uruguay
uz uzb Uzbekistan
va vat Holy See;Vatican;Vatican City
vc vct Saint Vincent and the Grenadines
ve ven Venezuela
vg vgb British Virgin Islands
vi vir U.S. Virgin Islands
vn vnm Viet Nam;Vietnam
vu vut Vanuatu
wf wlf Wallis and Futuna
ws wsm Samoa
ye yem Yemen
yt myt Mayotte
za zaf South Africa
zm zmb Zambia
zw zwe Zimbabwe`;

export interface CountryTables {
  alpha2: Set<string>;
  /** alpha-3 code → alpha-2. */
  alpha3: Map<string, string>;
  /** lookup key of a name or alias → alpha-2. */
  names: Map<string, string>;
}

let tables: CountryTables | undefined;

/** Built on first use, so a cold start that sends no country pays nothing. */
export function countryTables(lookupKey: (text: string) => string): CountryTables {
  if (tables) return tables;
  const built: CountryTables = { alpha2: new Set(), alpha3: new Map(), names: new Map() };
  for (const line of TABLE.split('\n')) {
    const a2 = line.slice(0, 2);
    built.alpha2.add(a2);
    built.alpha3.set(line.slice(3, 6), a2);
    for (const name of line.slice(7).split(';')) built.names.set(lookupKey(name), a2);
  }
  // Not ISO, but what people write for the United Kingdom.
  built.names.set('uk', 'gb');
  return (tables = built);
}
