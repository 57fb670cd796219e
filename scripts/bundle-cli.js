/** Bundles the built CLI with esbuild: `newsfacts` starts from a few files instead of ~110 modules. */
// `tsc` builds dist/ first; this then replaces dist/src/cli/program.js by a bundle of src/cli/program.ts and what it
// imports, and bundles the entry point src/cli/main.ts as the classic script main.cjs, the package's `bin`.
// Each command's lazy `import()` becomes its own chunk (code splitting), so a command still loads only what it uses.
// The chunks sit in dist/src/cli/ itself, next to tsc's files: code that finds files from its own address (the
// package.json, db/migrations, the reextract worker) finds them as it did. One page's `extract --json` took ~60 ms CPU
// less bundled than as tsc's modules (bench cli, see the commit that added this).
import { spawnSync } from 'node:child_process';
import process from 'node:process';
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, chmodSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const OUT = 'dist/src/cli';
/** esbuild's name for a chunk: `name-HASH.js`; tsc's files in src/cli have no such hyphenated hash. */
const CHUNK = /^[\w]+-[A-Z0-9]{8}\.js$/;
// Not bundled: a native addon (better-sqlite3), and packages that find their own files at run time (pino starts its
// transports in worker threads by file name, jiti loads the config file through its own loader).
const EXTERNAL = ['better-sqlite3', 'pino', 'pino-pretty', 'jiti'];
// esbuild rewrites a regular-expression literal with a Unicode property escape outside a class (`/^\p{Lu}/u`) as
// `new RegExp("^\\p{Lu}", "u")` for every target, node 20 included, although node has read them since version 10.
// A literal inside a function then became a constructor call on every run: V8 looks the source up in its
// compilation cache each time, and parses and compiles it again when a full GC has emptied that cache.
const KEEP_REGEXP_LITERALS = { 'regexp-unicode-property-escapes': true };

// commander requires node:child_process as it loads, for commands run as separate executables, which newsfacts has
// none of; node then loads child_process, net, dgram and their bindings, ~1-2 ms of a one-page `extract`. In the
// extract script commander gets a stand-in that loads the module on first use.
const LAZY_CHILD_PROCESS = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      args.importer.includes('/node_modules/commander/') ? { path: 'child_process', namespace: 'lazy' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};

// htmlparser2's index also re-exports DomUtils and its feed reader, whose modules (and entities' older copy under
// them) open with calls and enum set-ups esbuild must keep: ~90 KB of tables built at load that the pipeline never
// reads. In the extract script the import of the package (src/article/html.ts) gets the three classes it uses, from
// the files the index takes them from; a name the script ever imports beyond them fails the build.
const HTMLPARSER2_PARTS = {
  name: 'htmlparser2-parts',
  setup(b) {
    b.onResolve({ filter: /^htmlparser2$/ }, (args) =>
      args.importer.includes('/src/') ? { path: 'htmlparser2', namespace: 'htmlparser2-parts' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'htmlparser2-parts' }, () => ({
      contents:
        "export { Parser } from './Parser.js';\nexport { default as Tokenizer } from './Tokenizer.js';\n" +
        "export { DomHandler } from 'domhandler';\n",
      resolveDir: resolve('node_modules/htmlparser2/dist/esm'),
      loader: 'js',
    }));
  },
};

const result = await build({
  // The reextract worker is bundled too: a rule's version hashes its compiled text, so the worker's rules must be
  // the bundle's, not tsc's.
  entryPoints: ['src/cli/program.ts', 'src/cli/reextractWorker.ts', 'src/cli/extractWorker.ts'],
  entryNames: '[name]',
  outdir: OUT,
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  supported: KEEP_REGEXP_LITERALS,
  external: EXTERNAL,
  // Bundled CommonJS packages require() node's modules: an ES module has no require of its own.
  banner: {
    js: "import { createRequire as __newsfactsRequire } from 'node:module';\nconst require = __newsfactsRequire(import.meta.url);",
  },
  allowOverwrite: true,
  metafile: true,
  logLevel: 'warning',
});

// `extract` once more, as a classic script with a V8 code cache of its compiled functions (src/cli/script.ts): the
// command the goal of one page in under 0.2 s is about. main.cjs hands `newsfacts extract` to it, command line and all
// (src/cli/extractScript.ts). The ES chunks above still serve the other commands and `extract` in a tsc-only build.
const SCRIPT = join(OUT, 'extract.script.cjs');
const CACHE = join(OUT, 'extract.script.cache');
rmSync(CACHE, { force: true });
// The lexicon's pattern sources, worked out here from tsc's build of the lexicon and written into the script
// (src/extract/lexicon/family.ts: NEWSFACTS_FAMILY_SOURCES): a one-page run does not factor them itself.
// Every module of the lexicon folder is read, lists of families too: not every family is exported by its index.
const LEXICON = 'dist/src/extract/lexicon';
const { familiesIn, sourcesAhead } = await import(pathToFileURL(resolve(LEXICON, 'family.js')).href);
const families = new Set();
for (const file of readdirSync(LEXICON).filter((name) => name.endsWith('.js'))) {
  const module = await import(pathToFileURL(resolve(LEXICON, file)).href);
  for (const holder of [module, ...Object.values(module).filter(Array.isArray)])
    for (const f of familiesIn(holder)) families.add(f);
}
const familySources = JSON.stringify(sourcesAhead([...families]));
const script = await build({
  entryPoints: ['src/cli/extractScript.ts'],
  outfile: SCRIPT,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  supported: KEEP_REGEXP_LITERALS,
  external: EXTERNAL,
  // The id tells this build's cache from an earlier one's (src/cli/script.ts); import.meta.url, which a script lacks,
  // is its file's address.
  banner: {
    js: `// newsfacts build ${randomUUID()}\nconst __newsfactsScriptUrl = require('node:url').pathToFileURL(__filename).href;`,
  },
  define: { 'import.meta.url': '__newsfactsScriptUrl', NEWSFACTS_FAMILY_SOURCES: JSON.stringify(familySources) },
  plugins: [LAZY_CHILD_PROCESS, HTMLPARSER2_PARTS],
  metafile: true,
  logLevel: 'warning',
});
// The entry point, main.ts, as a classic script: `newsfacts` starts without node's ES module loader (see main.ts). It
// holds script.ts, which loads the extract script; every other command imports program.js, the ES bundle above.
const MAIN = join(OUT, 'main.cjs');
const main = await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: MAIN,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  plugins: [
    {
      name: 'program-stays-an-es-module',
      setup: (b) => b.onResolve({ filter: /^\.\/program\.js$/ }, (args) => ({ path: args.path, external: true })),
    },
  ],
  banner: { js: "const __newsfactsScriptUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__newsfactsScriptUrl' },
  metafile: true,
  logLevel: 'warning',
});
// main.js, the bin of earlier builds, only runs main.cjs: npx keeps the bin links of a local package from its first
// run (in its cache, ~/.npm/_npx), so `npx newsfacts` in a checkout used before still starts this file.
writeFileSync(
  join(OUT, 'main.js'),
  `${readFileSync(MAIN, 'utf8').split('\n', 1)[0]}\n// The bin of earlier builds: see scripts/bundle-cli.js.\nimport './main.cjs';\n`,
);

// The cache is made by a node with the options of the CLI's #! line: V8 takes a cache only under the flags it was
// made with. One page read as `newsfacts extract --json` warms it: the functions the command line and a page run are
// compiled into it.
const nodeFlags =
  /^#!.*?\bnode\b(.*)$/.exec(readFileSync(MAIN, 'utf8').split('\n', 1)[0])?.[1].trim().split(/\s+/) ?? [];
const warm = `import { bundledScript, writeScriptCache } from ${JSON.stringify(pathToFileURL(join(OUT, 'script.js')).href)};
await writeScriptCache(bundledScript('extract'), ({ extractCli }) => extractCli([process.argv[0], 'newsfacts', 'extract', '--json', 'fixtures/pages/000_d8b1e15e98c0ab7f.html']));`;
const cached = spawnSync(process.execPath, [...nodeFlags, '--input-type=module', '-e', warm], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (cached.status !== 0) throw new Error('bundle-cli: making the code cache of the extract script failed');

// Chunks of earlier builds go; the metafile stays, so tests can tell which packages each chunk holds.
const written = new Set(Object.keys(result.metafile.outputs).map((file) => basename(file)));
for (const file of readdirSync(OUT)) if (CHUNK.test(file) && !written.has(file)) rmSync(join(OUT, file));
writeFileSync(
  join(OUT, 'bundle.json'),
  JSON.stringify({
    ...result.metafile,
    outputs: { ...result.metafile.outputs, ...script.metafile.outputs, ...main.metafile.outputs },
  }),
);
// tsc's maps of the files the bundle replaced
for (const file of ['main.js.map', 'program.js.map', 'reextractWorker.js.map', 'extractWorker.js.map'])
  rmSync(join(OUT, file), { force: true });
chmodSync(MAIN, 0o755);
chmodSync(join(OUT, 'main.js'), 0o755);

// The package's bin, a shell script: node with the options of main.cjs's #! line, on main.cjs. For `extract`, which
// reads local files and opens no connection, it leaves out NODE_EXTRA_CA_CERTS: node reads and parses that file of
// certificates at every start, before any of the program runs, and where it names a system bundle (144 certificates
// on the machine this was measured on) that is ~37 ms CPU of a one-page extract's ~0.2 s. Every other command keeps
// it: `run` fetches over HTTPS. readlink -f finds main.cjs through npm's link to the script.
const BIN = join(OUT, 'newsfacts');
writeFileSync(
  BIN,
  `#!/bin/sh
# The newsfacts command, written by scripts/bundle-cli.js (see there).
self=$(readlink -f "$0")
if [ "$1" = extract ]; then unset NODE_EXTRA_CA_CERTS; fi
exec node ${nodeFlags.join(' ')} "\${self%/*}/main.cjs" "$@"
`,
);
chmodSync(BIN, 0o755);
