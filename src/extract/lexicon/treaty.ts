/** The nouns that name an international instrument (treaty, convention, protocol…), as data. */
import { family } from './family.js';

export const TREATY_NOUNS = family(
  'treaty-nouns',
  'Nouns for a binding international instrument. Interchangeable ones (treaty, convention, agreement, pact, accord) ' +
    'and ones that tell instruments apart (protocol, charter, covenant, amendment, statute). Not "deal" or "law".',
  ['treaty', 'treaties', 'convention', 'conventions', 'agreement', 'agreements', 'pact', 'pacts', 'accord', 'accords',
    'protocol', 'protocols', 'charter', 'covenant', 'amendment', 'statute'],
);
