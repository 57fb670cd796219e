/** Entry into force: the phrases that say an instrument starts to bind, as data. */
import { family } from './family.js';

export const ENTRY_INTO_FORCE = family(
  'entry-into-force',
  'Phrases for an instrument starting to bind, in every tense; "enter in force" is how translated reports often put ' +
    'it, and "entry-into-force" the adjective ("its entry-into-force conditions"). Not "in force" alone (a state of being, not the event).',
  [
    'enter into force',
    'enter in force',
    'enters in force',
    'entered in force',
    'entering in force',
    'entry in force',
    'entry-into-force',
    'enters into force',
    'entered into force',
    'entering into force',
    'entry into force',
    'enter into formal force',
    'enters into formal force',
    'come into force',
    'comes into force',
    'came into force',
    'coming into force',
    'enter into effect',
    'enters into effect',
    'entered into effect',
    'entry into effect',
    'come into effect',
    'comes into effect',
    'came into effect',
    'coming into effect',
    'take effect',
    'takes effect',
    'took effect',
    'taking effect',
    'go into effect',
    'goes into effect',
    'went into effect',
    'become effective',
    'becomes effective',
    'became effective',
    'become binding',
    'becomes binding',
    'became binding',
    'become legally binding',
    'becomes legally binding',
    'became legally binding',
    'become binding international law',
    'becomes binding international law',
    'became binding international law',
    'become international law',
    'becomes international law',
    'became international law',
    'become part of international law',
    'becomes part of international law',
    'became part of international law',
    'commence operation',
    'commences operation',
  ],
);

export const IN_FORCE_SINCE = family(
  'in-force-since',
  'A state of being in force with the day it began ("in force since 25 April 1969", "has been in effect since 2021"): ' +
    'the date is the entry into force. Not "in force" alone (no day) nor "in force for Chile since" (one party).',
  ['in force since', 'in effect since', 'binding since'],
);

export const ENTERED_INTO_FORCE = family(
  'entered-into-force',
  'The past forms of entry into force: an instrument that already binds, so a count "following ratification by 65" ' +
    'in the same sentence is what happened, not a condition. Not the present or future forms.',
  [
    'entered into force',
    'entered in force',
    'came into force',
    'entered into effect',
    'came into effect',
    'took effect',
    'went into effect',
    'became effective',
    'became binding',
    'became legally binding',
  ],
);

export const IN_FORCE_STATES = family(
  'in-force-states',
  'Words for an instrument binding a state now, said with the state after them ("in force for Chile", "applies ' +
    'between Chile and Peru", "binding on Peru"). Not the event of entry into force (its own family).',
  ['in force', 'applies', 'apply', 'binding on', 'binding upon'],
);
