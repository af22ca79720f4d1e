import { defineConfig } from 'vitest/config';

/** Unit tests (`*.test.ts`) and end-to-end tests through the gateway (`*.e2e.ts`). */
export default defineConfig({
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
