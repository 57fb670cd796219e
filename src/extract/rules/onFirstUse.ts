/** A value built on its first use and kept: patterns a text never reaches are neither parsed nor compiled. */
// V8 parses a regular expression as it is made (~25 µs per `\p{…}` class) and compiles it on its first run: a rule
// module that made its ~100 patterns at load paid for all of them on every one-page `newsfacts extract`.
export function onFirstUse<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}
