import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    // Property tests run hundreds of cases; on a busy 2-core machine a 5 s default is too near.
    testTimeout: 30_000,
    // Both cores (Vitest's default leaves one to the main process), and one module graph per
    // worker instead of one per file: measured on this 2-core machine, loaded, the whole run
    // took 242 s of CPU with the defaults and 168 s with these. Each test file sets up the
    // globals and stores it uses in its own beforeEach, so none depends on a fresh module graph.
    maxWorkers: 2,
    isolate: false,
  },
});
