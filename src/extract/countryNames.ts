/** Short forms, official long forms and former names that i18n-iso-countries does not list. */
export const EXTRA_NAMES: Record<string, string[]> = {
  AG: ['Antigua'],
  BA: ['Bosnia', 'Bosnia-Herzegovina'],
  BO: ['Plurinational State of Bolivia'],
  BN: ['Brunei'],
  CD: ['DR Congo', 'DRC', 'D.R. Congo', 'Congo-Kinshasa', 'Democratic Republic of Congo'],
  CG: ['Congo-Brazzaville', 'Republic of Congo'],
  CV: ['Cabo Verde'],
  CZ: ['Czech Republic'],
  FM: ['Micronesia', 'Federated States of Micronesia'],
  GB: ['Britain', 'U.K.', 'England', 'Scotland', 'Wales', 'Northern Ireland', 'United Kingdom of Great Britain and Northern Ireland'],
  KG: ['Kyrgyz Republic'],
  KN: ['St Kitts and Nevis', 'St. Kitts and Nevis'],
  LC: ['St Lucia', 'St. Lucia'],
  MO: ['Macau'],
  ST: ['São Tomé and Príncipe', 'Sao Tome'],
  TT: ['Trinidad'],
  VC: ['St Vincent and the Grenadines', 'St. Vincent and the Grenadines'],
  KP: ['DPRK', "Democratic People's Republic of Korea"],
  KR: ['ROK'],
  LA: ['Laos', 'Lao PDR'],
  MD: ['Moldova', 'Republic of Moldova'],
  MK: ['Macedonia'],
  MM: ['Burma'],
  NL: ['Holland'],
  SK: ['Slovak Republic'],
  SY: ['Syria'],
  SZ: ['Swaziland'],
  TL: ['East Timor'],
  TR: ['Turkiye'],
  US: ['America', 'United States of America'],
  VA: ['Vatican', 'Holy See', 'Vatican City'],
  VE: ['Bolivarian Republic of Venezuela'],
  VN: ['Viet Nam', 'Socialist Republic of Viet Nam'],
  EU: ['EU', 'E.U.', 'European Union', 'European Community'],
};

/** Names i18n-iso-countries gives that mislead in prose: bare "Congo" there means both Congos, "Jersey" is mostly clothing or New Jersey. */
export const DROPPED_NAMES = new Set(['Congo', 'Jersey']);

/** Bare "Congo": the Republic, unless the article speaks of the Democratic Republic (then news means it). */
export const BARE_CONGO = { name: 'Congo', default: 'CG', whenDemocratic: 'CD' } as const;

/** Demonyms and adjectives: "Chinese hackers", "the Maldivian Foreign Minister" are mentions of the country. */
export const DEMONYMS: Record<string, string[]> = {
  AF: ['Afghan'], AL: ['Albanian'], DZ: ['Algerian'], AD: ['Andorran'], AO: ['Angolan'], AR: ['Argentine', 'Argentinian'],
  AM: ['Armenian'], AU: ['Australian'], AT: ['Austrian'], AZ: ['Azerbaijani'], BS: ['Bahamian'], BH: ['Bahraini'],
  BD: ['Bangladeshi'], BB: ['Barbadian'], BY: ['Belarusian'], BE: ['Belgian'], BZ: ['Belizean'], BJ: ['Beninese'],
  BT: ['Bhutanese'], BO: ['Bolivian'], BA: ['Bosnian'], BW: ['Botswanan'], BR: ['Brazilian'], BN: ['Bruneian'],
  BG: ['Bulgarian'], BF: ['Burkinabe'], BI: ['Burundian'], KH: ['Cambodian'], CM: ['Cameroonian'], CA: ['Canadian'],
  CV: ['Cape Verdean'], CF: ['Central African'], TD: ['Chadian'], CL: ['Chilean'], CN: ['Chinese'], CO: ['Colombian'],
  KM: ['Comorian'], CR: ['Costa Rican'], CI: ['Ivorian'], HR: ['Croatian'], CU: ['Cuban'], CY: ['Cypriot'],
  CZ: ['Czech'], DK: ['Danish'], DJ: ['Djiboutian'], DO: ['Dominican'], EC: ['Ecuadorian'], EG: ['Egyptian'],
  SV: ['Salvadoran'], GQ: ['Equatorial Guinean'], ER: ['Eritrean'], EE: ['Estonian'], ET: ['Ethiopian'], FJ: ['Fijian'],
  FI: ['Finnish'], FR: ['French'], GA: ['Gabonese'], GM: ['Gambian'], GE: ['Georgian'], DE: ['German'], GH: ['Ghanaian'],
  GR: ['Greek'], GT: ['Guatemalan'], GN: ['Guinean'], GY: ['Guyanese'], HT: ['Haitian'], HN: ['Honduran'],
  HU: ['Hungarian'], IS: ['Icelandic'], IN: ['Indian'], ID: ['Indonesian'], IR: ['Iranian'], IQ: ['Iraqi'], IE: ['Irish'],
  IL: ['Israeli'], IT: ['Italian'], JM: ['Jamaican'], JP: ['Japanese'], JO: ['Jordanian'], KZ: ['Kazakh', 'Kazakhstani'],
  KE: ['Kenyan'], KP: ['North Korean'], KR: ['South Korean'], KW: ['Kuwaiti'], KG: ['Kyrgyz'], LA: ['Lao', 'Laotian'],
  LV: ['Latvian'], LB: ['Lebanese'], LS: ['Basotho'], LR: ['Liberian'], LY: ['Libyan'], LT: ['Lithuanian'],
  LU: ['Luxembourgish'], MG: ['Malagasy'], MW: ['Malawian'], MY: ['Malaysian'], MV: ['Maldivian'], ML: ['Malian'],
  MT: ['Maltese'], MR: ['Mauritanian'], MU: ['Mauritian'], MX: ['Mexican'], MD: ['Moldovan'], MC: ['Monegasque'],
  MN: ['Mongolian'], ME: ['Montenegrin'], MA: ['Moroccan'], MZ: ['Mozambican'], MM: ['Burmese'], NA: ['Namibian'],
  NP: ['Nepalese', 'Nepali'], NL: ['Dutch'], NZ: ['New Zealander'], NI: ['Nicaraguan'], NE: ['Nigerien'], NG: ['Nigerian'],
  MK: ['Macedonian', 'North Macedonian'], NO: ['Norwegian'], OM: ['Omani'], PK: ['Pakistani'], PS: ['Palestinian'],
  PA: ['Panamanian'], PG: ['Papua New Guinean'], PY: ['Paraguayan'], PE: ['Peruvian'], PH: ['Filipino', 'Philippine'],
  PL: ['Polish'], PT: ['Portuguese'], QA: ['Qatari'], RO: ['Romanian'], RU: ['Russian'], RW: ['Rwandan'],
  SA: ['Saudi'], SN: ['Senegalese'], RS: ['Serbian'], SC: ['Seychellois'], SL: ['Sierra Leonean'], SG: ['Singaporean'],
  SK: ['Slovak'], SI: ['Slovenian', 'Slovene'], SO: ['Somali'], ZA: ['South African'], SS: ['South Sudanese'],
  ES: ['Spanish'], LK: ['Sri Lankan'], SD: ['Sudanese'], SR: ['Surinamese'], SE: ['Swedish'], CH: ['Swiss'],
  SY: ['Syrian'], TW: ['Taiwanese'], TJ: ['Tajik'], TZ: ['Tanzanian'], TH: ['Thai'], TL: ['Timorese'], TG: ['Togolese'],
  TT: ['Trinidadian'], TN: ['Tunisian'], TR: ['Turkish'], TM: ['Turkmen'], UG: ['Ugandan'], UA: ['Ukrainian'],
  AE: ['Emirati'], GB: ['British', 'Scottish', 'Welsh'], US: ['American'], UY: ['Uruguayan'], UZ: ['Uzbek'],
  VE: ['Venezuelan'], VN: ['Vietnamese'], YE: ['Yemeni'], ZM: ['Zambian'], ZW: ['Zimbabwean'], XK: ['Kosovar'],
};

/** Names that are also given names or places elsewhere ("Jordan Peterson", "Chad Smith", "the Niger Delta"). */
export const PERSONAL_OR_PLACE_NAMES = new Set(['Jordan', 'Chad', 'Georgia', 'Niger']);

/** Capitalized words after an ambiguous name that confirm the state ("Chad President", "the Jordan Government"). */
export const STATE_WORDS_AFTER = new Set(
  ['President', 'Prime', 'Minister', 'Ministry', 'Government', 'King', 'Queen', 'Foreign', 'Army', 'Armed', 'Forces', 'Embassy', 'Parliament'],
);

/** Words before a name that make it part of another place ("New Mexico", "Latin America", "South American"). */
export const PLACE_PREFIXES = new Set(['New', 'Latin', 'Central', 'North', 'South']);

/**
 * Words after a name or demonym that make it a region, a language, a company or a place named after the country
 * ("Indian Ocean", "Indian Village", "Mexico City", "Jordan River"), not the country.
 */
export const NOT_THE_COUNTRY_AFTER = new Set(
  ('Ocean Sea Gulf Bay Strait Channel Peninsula Delta River Creek Lake Falls Basin Valley Canyon Desert Alps Mountains Hills ' +
    'Heights Island Islands Village Quarter City Town Township County Street Avenue Road Square Park Point Springs language Airlines')
    .split(' '),
);

/** Near "Georgia", these say it is the U.S. state. */
export const US_STATE_CONTEXT = /\b(?:state of|U\.?S\.? state|Atlanta|Savannah|Gov\.|governor|county|counties|Peach State|Republicans?|Democrats?)\b/;
