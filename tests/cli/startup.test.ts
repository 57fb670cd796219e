/** Tests that each command loads only what it uses: the packages a child process of the built CLI imports. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'dist/src/cli/main.cjs');
const page = join(root, 'fixtures/pages/000_d8b1e15e98c0ab7f.html');

// A module loader hook, registered before the CLI starts, that names on stderr every file the process loads: ES
// modules as they load, classic scripts as node:vm compiles them (src/cli/script.ts), and at exit those that
// require() loaded (the ES module hook does not see them).
const HOOK = `export async function load(url, context, next) {
  process.stderr.write('loaded file ' + url + '\\n');
  return next(url, context);
}`;
const REGISTER =
  'data:text/javascript,' +
  encodeURIComponent(
    `import { createRequire, register, syncBuiltinESMExports } from 'node:module';
    register('data:text/javascript,' + ${JSON.stringify(encodeURIComponent(HOOK))});
    const vm = createRequire('/')('node:vm');
    vm.Script = class extends vm.Script {
      constructor(code, options) {
        process.stderr.write('loaded file ' + options.filename + '\\n');
        super(code, options);
      }
    };
    syncBuiltinESMExports();
    const required = createRequire('/').cache;
    process.on('exit', () => {
      for (const file of Object.keys(required)) process.stderr.write('loaded file ' + file + '\\n');
    });`,
  );

const PACKAGE = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//;
// The CLI is bundled (scripts/bundle-cli.js): a package built into a chunk loads with the chunk, not from
// node_modules. The bundle's metafile says which packages each chunk holds.
const bundle = JSON.parse(readFileSync(join(root, 'dist/src/cli/bundle.json'), 'utf8')) as {
  outputs: Record<string, { inputs: Record<string, unknown> }>;
};
const packagesOf = (file: string): string[] => {
  const chunk = Object.entries(bundle.outputs).find(([out]) => file.endsWith('/' + out));
  const inputs = chunk ? Object.keys(chunk[1].inputs).map((input) => '/' + input) : [file];
  return inputs.map((input) => PACKAGE.exec(input)?.[1]).filter((name) => name !== undefined);
};

/** The bundle's inputs that went into a bundled file. */
const inputsOf = (file: string): Record<string, unknown> =>
  Object.entries(bundle.outputs).find(([out]) => file.endsWith('/' + out))?.[1].inputs ?? {};

/** The files `newsfacts ARGS` loads, run in a scratch folder with no config. */
function filesLoaded(args: string[]): string[] {
  const cwd = mkdtempSync(join(tmpdir(), 'newsfacts-startup-'));
  const r = spawnSync(process.execPath, ['--import', REGISTER, bin, ...args], { cwd, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return [...r.stderr.matchAll(/^loaded file (\S+)$/gm)].map((m) => m[1]);
}

/** The packages `newsfacts ARGS` loads, from node_modules or inside the bundle's chunks. */
const packagesLoaded = (args: string[]): Set<string> => new Set(filesLoaded(args).flatMap(packagesOf));

const STORE_AND_REPORT = ['better-sqlite3', 'd3-geo', 'topojson-client', 'world-atlas', 'pino', 'pino-pretty'];
const CONFIG_LOADER = ['zod', 'jiti'];

describe('start-up', () => {
  it('extract runs from the bundle: none of the modules tsc built outside src/cli is loaded', () => {
    const project = filesLoaded(['extract', '--json', page]).filter((file) => file.includes('/dist/src/'));
    expect(project.length).toBeGreaterThan(1);
    expect(project.filter((file) => !file.includes('/dist/src/cli/'))).toEqual([]);
  });

  it("extract is parsed by its bundled script: the full program's chunk is not loaded", () => {
    const files = filesLoaded(['extract', '--json', page]);
    expect(files.some((file) => file.endsWith('/extract.script.cjs'))).toBe(true);
    expect(files.filter((file) => /\/program-\w+\.js$/.test(file))).toEqual([]);
  });

  it('extract loads the parser and the country names, but no store, report, logger or config loader', () => {
    const loaded = packagesLoaded(['extract', '--json', page]);
    expect(loaded).toContain('htmlparser2');
    expect(loaded).toContain('i18n-iso-countries');
    for (const unused of [...STORE_AND_REPORT, ...CONFIG_LOADER, 'undici', 'cli-progress'])
      expect(loaded).not.toContain(unused);
  });

  it("extract holds htmlparser2's parser without its DOM utilities and the serializer they load", () => {
    const files = filesLoaded(['extract', '--json', page]);
    const script = files.find((file) => file.endsWith('/extract.script.cjs'))!;
    const inputs = Object.keys(inputsOf(script));
    expect(inputs.some((input) => input.endsWith('htmlparser2/dist/esm/Parser.js'))).toBe(true);
    expect(inputs.filter((input) => /\/(domutils|dom-serializer)\/|^node_modules\/entities\//.test(input))).toEqual([]);
  });

  it("extract starts without node's ES module loader, which loads fs/promises and readline for itself", () => {
    // A classic preload script (-r) reports node's own modules at exit; an --import hook would start the loader.
    const report = join(mkdtempSync(join(tmpdir(), 'newsfacts-startup-')), 'report.cjs');
    writeFileSync(report, 'process.on("exit", () => process.stderr.write(process.moduleLoadList.join("\\n")));');
    const r = spawnSync(process.execPath, ['-r', report, bin, 'extract', '--json', page], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('NativeModule vm');
    expect(r.stderr).not.toContain('NativeModule internal/modules/esm/load\n');
    expect(r.stderr).not.toContain('NativeModule internal/fs/promises');
  });

  it('main.js, the bin that npx may still link from an earlier build, runs the same command line', () => {
    const old = join(root, 'dist/src/cli/main.js');
    const run = (file: string) => spawnSync(process.execPath, [file, 'extract', '--json', page], { encoding: 'utf8' });
    expect(run(old).stdout).toBe(run(bin).stdout);
  });

  it("the package's bin, linked as npm links it, runs main.cjs with the options of its #! line", () => {
    const linked = join(mkdtempSync(join(tmpdir(), 'newsfacts-bin-')), 'newsfacts');
    symlinkSync(join(root, 'dist/src/cli/newsfacts'), linked);
    const viaBin = spawnSync(linked, ['extract', '--json', page], { encoding: 'utf8' });
    expect(viaBin.status, viaBin.stderr).toBe(0);
    expect(viaBin.stdout).toBe(
      spawnSync(process.execPath, [bin, 'extract', '--json', page], { encoding: 'utf8' }).stdout,
    );
    const flags = /^#!.*?\bnode\b(.*)$/.exec(readFileSync(bin, 'utf8').split('\n', 1)[0])![1].trim();
    expect(readFileSync(linked, 'utf8')).toContain(`exec node ${flags} `);
  });

  it('the bin starts extract without NODE_EXTRA_CA_CERTS, which node would read first, and keeps it for the rest', () => {
    const linked = join(mkdtempSync(join(tmpdir(), 'newsfacts-bin-')), 'newsfacts');
    symlinkSync(join(root, 'dist/src/cli/newsfacts'), linked);
    // Node warns at start-up when the file it names cannot be read: the warning tells whether node was given it.
    const env = { ...process.env, NODE_EXTRA_CA_CERTS: join(tmpdir(), 'no-such-certificates.pem') };
    const warned = (args: string[]) =>
      spawnSync(linked, args, { encoding: 'utf8', env }).stderr.includes('extra certs');
    expect(warned(['extract', '--json', page])).toBe(false);
    expect(warned(['--version'])).toBe(true);
  });

  it('--help loads commander alone', () => {
    expect([...packagesLoaded(['--help'])]).toEqual(['commander']);
  });

  it('facts loads the store and the config loader, but not the extractors or the HTML parser', () => {
    const loaded = packagesLoaded(['facts', '--db', 'facts.sqlite', '--json']);
    expect(loaded).toContain('better-sqlite3');
    expect(loaded).toContain('zod');
    expect(loaded).not.toContain('htmlparser2');
  });
});
