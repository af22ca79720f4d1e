/**
 * Builds a TypeScript entry point into one JavaScript file with esbuild, for running without tsx.
 * The file is written next to the entry (`src/main.ts` → `src/main.built.mjs`, gitignored), so that
 * paths the code finds from its own location (`new URL('./db/migrations', import.meta.url)`, the
 * schema folder) resolve as they do from the sources. The embedded database and native PostgreSQL
 * bindings stay outside the bundle.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

/** Keeps the embedded database outside the bundle, imported from where @credit/db finds it. */
function pgliteOutside(root: string): Plugin {
  return {
    name: 'pglite-outside',
    setup(b) {
      b.onResolve({ filter: /^@electric-sql\/pglite(\/.*)?$/ }, async (args) => {
        if ((args.pluginData as { inner?: boolean } | undefined)?.inner) return undefined;
        const resolved = await b.resolve(args.path, { kind: 'import-statement', resolveDir: join(root, 'packages/db'), pluginData: { inner: true } });
        return { path: pathToFileURL(resolved.path).href, external: true };
      });
    },
  };
}

export async function compileEntry(root: string, entry: string): Promise<string> {
  const outfile = entry.replace(/\.ts$/, '.built.mjs');
  await build({
    entryPoints: [join(root, entry)],
    outfile: join(root, outfile),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['pg-native', 'pino-pretty'],
    plugins: [pgliteOutside(root)],
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    logLevel: 'error',
  });
  return outfile;
}
