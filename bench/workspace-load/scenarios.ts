/** One thing staff do in the workspace, as the requests that stand for it. */
export type Scenario = { name: string; description: string; paths: string[] };

/**
 * What people type into the contacts search box: names spelt as heard (a letter or two off), the
 * person who died, first and last name together, part of a phone number as it is written down,
 * a business, and now and then a name nobody has.
 */
const CONTACT_QUERIES = [
  'Jonson', 'Smiht', 'Kowalsky', 'Gonzales', 'Petersen', 'Mcnamara', 'Okafur', 'Lewandosky',
  'Walter', 'Mildred', 'Dolores',
  'Elanor Jonson', 'Maria Garsia', 'Thomas Brenan', 'Margaret Okafor', 'Wojciech Nowak',
  '555-01', '555 23', '(773) 555', '5550142',
  'hospice', 'Zebediah',
];

export const CONTACT_SEARCH: Scenario = {
  name: 'contact search',
  description: `${CONTACT_QUERIES.length} queries in turn: misspelt names, the deceased, two words, parts of phones, a business, one with no match`,
  paths: CONTACT_QUERIES.map((q) => `/api/contacts?q=${encodeURIComponent(q)}`),
};

export const CALLS_LIST: Scenario = {
  name: 'calls list',
  description: 'newest first, pages 1, 2 and 3, and ?needsCallback=true, in turn',
  paths: ['/api/calls', '/api/calls?page=2', '/api/calls?page=3', '/api/calls?needsCallback=true'],
};

export const queryOf = (path: string): string => new URL(path, 'http://x').searchParams.get('q') ?? path;
