/** Bundles the built CLI with esbuild: `newsfacts` starts from a few files instead of ~110 modules. */
// `tsc` builds dist/ first; this then replaces dist/src/cli/main.js by a bundle of src/cli/main.ts and what it imports.
// Each command's lazy `import()` becomes its own chunk (code splitting), so a command still loads only what it uses.
// The chunks sit in dist/src/cli/ itself, next to tsc's files: code that finds files from its own address (the
// package.json, db/migrations, the reextract worker) finds them as it did. One page's `extract --json` took ~60 ms CPU
// less bundled than as tsc's modules (bench cli, see the commit that added this).
import { readdirSync, rmSync, chmodSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { build } from 'esbuild';

const OUT = 'dist/src/cli';
/** esbuild's name for a chunk: `name-HASH.js`; tsc's files in src/cli have no such hyphenated hash. */
const CHUNK = /^[\w]+-[A-Z0-9]{8}\.js$/;
// Not bundled: a native addon (better-sqlite3), and packages that find their own files at run time (pino starts its
// transports in worker threads by file name, jiti loads the config file through its own loader).
const EXTERNAL = ['better-sqlite3', 'pino', 'pino-pretty', 'jiti'];

const result = await build({
  // The reextract worker is bundled too: a rule's version hashes its compiled text, so the worker's rules must be
  // the bundle's, not tsc's.
  entryPoints: ['src/cli/main.ts', 'src/cli/reextractWorker.ts', 'src/cli/extractWorker.ts'],
  entryNames: '[name]',
  outdir: OUT,
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: EXTERNAL,
  // Bundled CommonJS packages require() node's modules: an ES module has no require of its own.
  banner: {
    js: "import { createRequire as __newsfactsRequire } from 'node:module';\nconst require = __newsfactsRequire(import.meta.url);",
  },
  allowOverwrite: true,
  metafile: true,
  logLevel: 'warning',
});

// Chunks of earlier builds go; the metafile stays, so tests can tell which packages each chunk holds.
const written = new Set(Object.keys(result.metafile.outputs).map((file) => basename(file)));
for (const file of readdirSync(OUT)) if (CHUNK.test(file) && !written.has(file)) rmSync(join(OUT, file));
writeFileSync(join(OUT, 'bundle.json'), JSON.stringify(result.metafile));
// tsc's maps of the files the bundle replaced
for (const file of ['main.js.map', 'reextractWorker.js.map', 'extractWorker.js.map'])
  rmSync(join(OUT, file), { force: true });
chmodSync(join(OUT, 'main.js'), 0o755);
