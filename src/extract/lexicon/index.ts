/** The lexicon: every word family the extractors use, each defined once, in one of the files beside this one. */

export * from './acts.js';
export * from './clauses.js';
export * from './events.js';
export * from './family.js';
export * from './force.js';
export * from './numbers.js';
export * from './places.js';
export * from './quantity.js';
export * from './tense.js';
export * from './time.js';
export * from './treaty.js';
export * from './negation.js';
export * from './stance.js';
