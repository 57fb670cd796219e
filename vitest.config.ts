/** The vitest configuration. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Says in one line when the browser tests cannot run here, and how to run them.
    globalSetup: ['tests/helpers/browserCheck.ts'],
    // Tests start real servers and write real SQLite files: give slow CI machines room, never rely on timing.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
