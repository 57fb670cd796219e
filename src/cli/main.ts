#!/usr/bin/env -S node --no-regexp-tier-up --interrupt-budget=1200000 --single-threaded-gc
/** The newsfacts command-line entry point: `extract` from its bundled script, every other command from program.ts. */
// The #! line has V8 compile regular expressions straight to machine code (--no-regexp-tier-up). By default each is
// compiled to bytecode on its first run and again to machine code on its second; the extractors run ~300 long Unicode
// patterns on a page, so a one-page `extract` spent ~100 ms CPU compiling them twice. What they match is unchanged.
// It is a command-line flag: set in the running process (v8.setFlagsFromString) it crashed node.
// --interrupt-budget (V8's default 67584) is how much bytecode a function runs before V8 weighs optimizing it: at the
// default, TurboFan compiled the extractors' long functions again and again as pages deoptimized them, ~1.3 s CPU of
// 6 over the 605 web-dev pages, and each thread of `extract --jobs` compiles its own. 18 times the default spends ~0.4
// s more in the interpreter and ~1 s less compiling (605 pages, two threads: 7.8-8.1 -> 6.5-6.7 s CPU, load 6-8).
// --single-threaded-gc keeps V8's collector on the thread it serves: `extract --jobs` already keeps both cores busy,
// and helper threads of the collector only contend with the reading threads (605 pages, two threads, load 1.3-1.9:
// 4.35 -> 4.24 s wall, median of 3 interleaved runs).
//
// `newsfacts extract …` is parsed by the bundled script itself (extractScript.ts), which holds commander and the
// same declaration of `extract`: the full program's ES modules (commander's ~120 KB among them, ~10 files) are then
// neither read nor compiled, while the script's functions come from its V8 code cache.
//
// The build bundles this file as a classic script, main.cjs, the package's `bin` (scripts/bundle-cli.js): node then
// starts `extract` without its ES module loader, which loads fs/promises, readline and a dozen stream modules of its
// own (one page's `extract --json`, CPU: ~10 ms less). Every other command imports program.js, an ES module.
import { bundledScript, loadScript } from './script.js';
import type * as ExtractScript from './extractScript.js';

const extractCli =
  process.argv[2] === 'extract' ? loadScript<typeof ExtractScript>(bundledScript('extract'))?.extractCli : undefined;
// A classic script has no top-level await; a rejection still ends the process with its stack, as an uncaught error.
if (extractCli) void extractCli(process.argv);
else void import('./program.js');
