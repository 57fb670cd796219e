/** Loads a command the build bundled as a classic script, with the V8 code cache the build made of it. */
// Node 20 keeps no compiled code between runs of ES modules, so every `newsfacts extract` parsed its ~600 KB of
// JavaScript and compiled each function it ran again (~35 ms CPU of one page). A classic script compiled through
// node:vm can be given V8's code cache: scripts/bundle-cli.js bundles the command as `NAME.script.cjs`, runs it once
// on a page and saves the cache, with the functions that run compiled, as `NAME.script.cache`. V8 checks the cache
// against its own version, its flags and the script's length, and ignores one that does not fit; the build id that
// opens both files also tells a cache from an earlier build of a script of the same length.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

/** The line that opens a bundled script and its cache: `// newsfacts build ID`. */
const BUILD_LINE = /^\/\/ newsfacts build \S+\n/;

/** The code cache of a bundled script: `NAME.script.cache` beside `NAME.script.cjs`. */
const cacheFileOf = (file: string): string => file.replace(/\.cjs$/, '.cache');

/** A script bundled beside this module: `NAME.script.cjs`. */
export const bundledScript = (name: string): string => fileURLToPath(new URL(`./${name}.script.cjs`, import.meta.url));

interface Loaded {
  exports: unknown;
  script: Script;
  build: string;
}

/** The cache made by this very build, or undefined. */
function cacheFor(script: string, build: string): Buffer | undefined {
  const file = cacheFileOf(script);
  if (!existsSync(file)) return undefined;
  const bytes = readFileSync(file);
  return bytes.subarray(0, build.length).toString('latin1') === build ? bytes.subarray(build.length) : undefined;
}

function run(file: string, useCache: boolean): Loaded | null {
  if (!existsSync(file)) return null;
  const source = readFileSync(file, 'utf8');
  const build = BUILD_LINE.exec(source)?.[0] ?? '';
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData: useCache && build ? cacheFor(file, build) : undefined,
  });
  const module = { exports: {} };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper(module.exports, createRequire(file), module, file, dirname(file));
  return { exports: module.exports, script, build };
}

/** The exports of a bundled script (see bundledScript); null where there is none (tsc's build, not bundled). */
export function loadScript<T>(file: string): T | null {
  return (run(file, true)?.exports as T | undefined) ?? null;
}

/** Build step: loads the script without cache, lets `warm` run what a command runs, and saves the code cache. */
export async function writeScriptCache<T>(file: string, warm: (exports: T) => Promise<void> | void): Promise<void> {
  const loaded = run(file, false);
  if (!loaded) throw new Error(`no bundled script ${file}`);
  await warm(loaded.exports as T);
  const cache = loaded.script.createCachedData();
  writeFileSync(cacheFileOf(file), Buffer.concat([Buffer.from(loaded.build, 'latin1'), cache]));
}
