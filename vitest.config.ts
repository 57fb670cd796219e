/** The vitest configuration. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Tests start real servers and write real SQLite files: give slow CI machines room, never rely on timing.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
