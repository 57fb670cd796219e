/** The number grid: each cell's reading, over the dimensions real writers vary a treaty count along. */
import { describe, expect, it } from 'vitest';
import { extract } from '../helpers.js';
import { NUMBER_GRID, type GridCell } from './numbers.grid.js';

/** Whether the extractor reads a cell as the grid says; the reason when it does not. */
function gridFailure(cell: GridCell): string | null {
  const numbers = extract(cell.text).numbers;
  for (const want of cell.gives ?? []) {
    const hit = numbers.some(
      (n) =>
        n.kind === want.kind &&
        n.value === want.value &&
        (!want.qualifier || n.qualifier === want.qualifier) &&
        (!want.increment || n.increment),
    );
    if (!hit)
      return `missing ${JSON.stringify(want)}; got ${numbers.map((n) => `${n.kind}:${n.value}:${n.qualifier}`).join(', ')}`;
  }
  for (const bad of cell.not ?? []) {
    const fired = numbers.find((n) => bad.kinds.includes(n.kind) && n.value === bad.value);
    if (fired) return `false fire ${fired.kind}:${fired.value} (${fired.rule})`;
  }
  return null;
}

for (const [part, cells] of Object.entries(NUMBER_GRID)) {
  describe(`number grid: ${part}`, () => {
    for (const cell of cells)
      if (cell.todo) it.todo(`${cell.text} (${cell.todo})`);
      else
        it(cell.text, () => {
          const failure = gridFailure(cell);
          if (failure) expect.fail(failure);
        });
  });
}
