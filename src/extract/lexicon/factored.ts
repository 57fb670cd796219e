/** Writes an ordered list of members as one alternation with shared openings factored out, matching as the list does. */
// A family's members were joined as `ratification|ratifying|ratified|…`: V8 compiles each alternative on its own, so a
// pattern holding a family of 200 words compiles 200 branches, and every pattern that holds the family compiles them
// again (a one-page `extract` compiles ~450 patterns, ~160 000 characters of source). Written as a trie,
// `ratif(?:ication|ying|ied)`, a family compiles to a fraction of the nodes and a text is tried against each opening
// once.
//
// The rewrite keeps what the pattern matches and the order it tries the alternatives in, which is what decides a match
// when two members fit at the same place (`ratification` before `ratif*`, longest first). `xA|xB` is `x(?:A|B)` for
// any x; the alternatives of one opening may be gathered from further down the list only past alternatives that can
// never match where they do (they open with another letter), as two alternatives that fit at one place are one a
// prefix of the other. An atom that may match what another matches (a stem's tail, the end of a member) is never
// moved past.

/** One unit of a member's pattern: a literal character (escaped if need be), `\s+`, `['’]` or a stem's tail. */
export type Atom = string;

/** Whether two atoms may match at one place in a text: then the order of their alternatives must stay as it was. */
function mayOverlap(a: Atom | undefined, b: Atom | undefined): boolean {
  if (a === undefined || b === undefined) return true; // the end of a member matches before anything
  const ca = literalOf(a);
  const cb = literalOf(b);
  if (ca === null || cb === null) return a === b || isOpenClass(a) || isOpenClass(b);
  // Case-insensitive patterns fold case: compare folded both ways.
  return ca.toLowerCase() === cb.toLowerCase() || ca.toUpperCase() === cb.toUpperCase();
}

/** The character an atom matches when it is a literal one, else null. */
function literalOf(atom: Atom): string | null {
  if (atom.length === 1) return atom;
  // An escaped pattern character (`\.`); `\s` and the like are classes. No pattern here: this runs for every atom.
  if (atom.length === 2 && atom[0] === '\\' && PATTERN_CHARACTERS.has(atom[1])) return atom[1];
  return null;
}

/** The characters a member's atom escapes with a backslash (family.ts). */
export const PATTERN_CHARACTERS: ReadonlySet<string> = new Set('.*+?^${}()|[]\\/');

/** Atoms that are neither a literal nor white space: a class may match a letter, so it overlaps every literal. */
const isOpenClass = (atom: Atom): boolean => atom !== String.raw`\s+` && literalOf(atom) === null;

interface Branch {
  head: Atom | undefined;
  rests: Atom[][];
  /** Index in the list of this branch's last member: later members join only past non-overlapping ones. */
  last: number;
}

/**
 * The alternation (without an enclosing group) of the members, each a list of atoms, in their order of preference.
 * @example factored([['a', 'b', 'c'], ['a', 'b'], ['x']]) // 'ab(?:c)?|x'
 */
export function factored(members: readonly (readonly Atom[])[]): string {
  return alternatives(members).join('|');
}

function alternatives(members: readonly (readonly Atom[])[]): string[] {
  const branches: Branch[] = [];
  members.forEach((member, i) => {
    const head = member[0];
    const open = head === undefined ? undefined : findBranch(branches, head, members, i);
    if (open) {
      open.rests.push(member.slice(1));
      open.last = i;
    } else branches.push({ head, rests: [member.slice(1)], last: i });
  });
  return branches.map(written);
}

/** The latest branch with this head that the member can join without passing an alternative that overlaps it. */
function findBranch(branches: Branch[], head: Atom, members: readonly (readonly Atom[])[], at: number): Branch | null {
  for (let b = branches.length - 1; b >= 0; b--) {
    const branch = branches[b];
    if (branch.head === head) {
      for (let j = branch.last + 1; j < at; j++) if (mayOverlap(members[j][0], head)) return null;
      return branch;
    }
  }
  return null;
}

function written(branch: Branch): string {
  if (branch.head === undefined) return '';
  const rest = alternatives(branch.rests);
  // An empty member comes last (it is the shortest, and it overlaps every other): `(?:A|B|)` is `(?:A|B)?`.
  const optional = rest.length > 1 && rest[rest.length - 1] === '';
  const kept = optional ? rest.slice(0, -1) : rest;
  const group = kept.length === 1 && !optional ? kept[0] : `(?:${kept.join('|')})${optional ? '?' : ''}`;
  return branch.head + group;
}
