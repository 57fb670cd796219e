/** ESLint rule: every module opens with a one-line `/** … *\/` docblock saying what the module is for. */

// Words that open a declaration: a docblock right above one documents it, not the module.
const DECLARATION_STARTS = new Set([
  'export',
  'function',
  'async',
  'class',
  'const',
  'let',
  'var',
  'interface',
  'type',
  'enum',
  'declare',
  'abstract',
]);

/** @type {import('eslint').Rule.RuleModule} */
export const moduleDocblock = {
  meta: {
    type: 'suggestion',
    docs: { description: 'a module opens with a one-line docblock (after a shebang, if any) saying what it is for' },
    messages: {
      missing: 'Open the module with a one-line docblock saying what it is for: /** … */ on line {{line}}.',
      multiline: 'The opening docblock is one line: /** … */ on line {{line}} alone (details go in later comments).',
      empty: 'The opening docblock says what the module is for; it is empty.',
      attached:
        'This docblock documents the declaration under it. Open the module with its own docblock, then a blank ' +
        'line or the imports.',
    },
    schema: [],
  },
  create(context) {
    return {
      Program(program) {
        const source = context.sourceCode;
        // A CLI entry keeps its `#!` line first; its docblock is the line after.
        const line = source.text.startsWith('#!') ? 2 : 1;
        const first = source.getAllComments().find((c) => c.type !== 'Shebang');
        const loc = { line, column: 0 };
        if (!first || first.type !== 'Block' || !first.value.startsWith('*') || first.loc.start.line !== line) {
          context.report({ node: program, loc, messageId: 'missing', data: { line } });
        } else if (first.loc.end.line !== line) {
          context.report({ node: program, loc, messageId: 'multiline', data: { line } });
        } else if (!first.value.replace(/^\*/, '').trim()) {
          context.report({ node: program, loc, messageId: 'empty' });
        } else {
          const next = source.getTokenAfter(first, { includeComments: true });
          if (next && next.loc.start.line === line + 1 && DECLARATION_STARTS.has(next.value)) {
            context.report({ node: program, loc, messageId: 'attached' });
          }
        }
      },
    };
  },
};
