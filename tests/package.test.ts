/** package.json declares no dependency the project does not use: each one is imported where its kind is used. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  scripts: Record<string, string>;
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(?:ts|js|mjs)$/.test(name) ? [path] : [];
  });
}

function textOf(dirs: string[], files: string[] = []): string {
  return [...dirs.flatMap((d) => sources(join(ROOT, d))), ...files.map((f) => join(ROOT, f))]
    .map((path) => readFileSync(path, 'utf8'))
    .join('\n');
}

/** An import, a dynamic import or a require (plain, resolve or createRequire's) of the package or a file in it. */
function isImported(name: string, text: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return new RegExp(
    `(?:from\\s+|import\\(\\s*|require(?:\\.resolve)?\\(\\s*|createRequire\\([^)]*\\)\\(\\s*)['"\`]${escaped}(?:/|['"\`])`,
  ).test(text);
}

describe('declared dependencies', () => {
  const runtime = textOf(['src']);
  it.each(Object.keys(manifest.dependencies))('%s is imported by src/', (name) => {
    expect(isImported(name, runtime)).toBe(true);
  });

  // Development tools are used by tests, benchmarks, the lint config or a build script; type packages by their package.
  const development = textOf(['src', 'bench', 'tests', 'lint', 'scripts'], ['eslint.config.js', 'vitest.config.ts']);
  const scripts = Object.values(manifest.scripts).join(' ');
  const declared = new Set([...Object.keys(manifest.dependencies), ...Object.keys(manifest.devDependencies)]);
  it.each(Object.keys(manifest.devDependencies))('%s is used by the tests, the benchmarks or the tooling', (name) => {
    const typed = /^@types\/(.+)$/.exec(name)?.[1];
    const used = typed
      ? typed === 'node' || declared.has(typed)
      : isImported(name, development) || new RegExp(`(?:^|[\\s&])${name}(?:\\s|$)`).test(scripts);
    expect(used).toBe(true);
  });
});
