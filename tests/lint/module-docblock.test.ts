/** The house lint rule that every module opens with a one-line docblock: what it accepts and what it names. */
import { RuleTester } from 'eslint';
import { describe, it } from 'vitest';
import { moduleDocblock } from '../../lint/module-docblock.js';

// RuleTester turns each case into a test of the runner it is given.
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

new RuleTester({ languageOptions: { ecmaVersion: 2022, sourceType: 'module' } }).run(
  'module-docblock',
  moduleDocblock,
  {
    valid: [
      '/** Reads feeds. */\nimport x from "x";\nexport default x;',
      '/** Reads feeds. */\n\n/** The feed kinds. */\nexport const kinds = [];',
      '#!/usr/bin/env node\n/** The command line. */\nawait Promise.resolve();',
      '/** Reads feeds. */\n// why the next line is as it is\nexport const a = 1;',
    ],
    invalid: [
      { code: 'export const a = 1;', errors: [{ messageId: 'missing' }] },
      { code: '// Reads feeds.\nexport const a = 1;', errors: [{ messageId: 'missing' }] },
      { code: '/* Reads feeds. */\nexport const a = 1;', errors: [{ messageId: 'missing' }] },
      { code: '\n/** Reads feeds. */\nexport const a = 1;', errors: [{ messageId: 'missing' }] },
      { code: '/**\n * Reads feeds.\n */\nexport const a = 1;', errors: [{ messageId: 'multiline' }] },
      { code: '/** */\nexport const a = 1;', errors: [{ messageId: 'empty' }] },
      { code: '/** The feed kinds. */\nexport const kinds = [];', errors: [{ messageId: 'attached' }] },
      { code: '#!/usr/bin/env node\nawait Promise.resolve();', errors: [{ messageId: 'missing' }] },
    ],
  },
);
