import { defineConfig } from 'vitest/config';

/** Unit tests (`*.test.ts`) and end-to-end tests through the gateway (`*.e2e.ts`). */
export default defineConfig({
  // Node loads graphql's CommonJS build (its package.json has no `exports`), and so do Apollo's
  // packages; Vite would pick the ES build for our sources, and two copies of graphql reject each
  // other's schema objects. Resolve it as Node does.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    env: { APOLLO_TELEMETRY_DISABLED: '1' },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['{packages,subgraphs,gateway,scripts}/**/test/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'e2e', include: ['{packages,subgraphs,gateway,scripts}/**/test/**/*.e2e.ts'] },
      },
    ],
  },
});
