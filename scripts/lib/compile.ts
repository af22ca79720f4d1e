/**
 * Builds a TypeScript entry point into one JavaScript file with esbuild, for running without tsx.
 * The file is written next to the entry (`src/main.ts` → `src/main.built.mjs`, gitignored). Each
 * source file keeps its own `import.meta.url` (`sourceImportMetaUrl`), so that paths the code finds
 * from its own location (`new URL('./db/migrations', import.meta.url)`, the schema folder) resolve
 * as they do from the sources, whichever entry bundles it (the gateway embeds the subgraphs). The
 * embedded database and native PostgreSQL bindings stay outside the bundle, and `sha.js` is Node.js's
 * own SHA (`nodeSha`).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, stop, type Plugin } from 'esbuild';

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

/**
 * `sha.js` (SHA in JavaScript) as Node.js's crypto. Apollo Server hashes every operation's text
 * through `@apollo/utils.createhash`, which takes Node.js's crypto only when its CommonJS `module`
 * has a `require`; a bundle's module wrapper has none, so every hash was computed in JavaScript
 * (2 % of the gateway's busy CPU). Only that package asks for `sha.js`, for `sha('sha256')` and the
 * like, which `createHash` answers the same.
 */
function nodeSha(): Plugin {
  return {
    name: 'node-sha',
    setup(b) {
      b.onResolve({ filter: /^sha\.js$/ }, () => ({ path: 'sha.js', namespace: 'node-sha' }));
      b.onLoad({ filter: /.*/, namespace: 'node-sha' }, () => ({
        contents: "const { createHash } = require('node:crypto'); module.exports = (algorithm) => createHash(algorithm);",
        loader: 'js',
      }));
    },
  };
}

/** `import.meta.url` in the project's own sources: the source file's URL, not the bundle's. */
function sourceImportMetaUrl(): Plugin {
  return {
    name: 'source-import-meta-url',
    setup(b) {
      b.onLoad({ filter: /\.ts$/ }, async (args) => {
        if (args.path.includes('/node_modules/')) return undefined;
        const source = await readFile(args.path, 'utf8');
        if (!source.includes('import.meta.url')) return undefined;
        return { contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader: 'ts' };
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
    plugins: [pgliteOutside(root), sourceImportMetaUrl(), nodeSha()],
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    logLevel: 'error',
  });
  return outfile;
}

/**
 * Ends esbuild's service process, which otherwise stays for the life of the process that built
 * (hundreds of MB after a few bundles). A later `compileEntry` starts it again.
 */
export function stopCompiler(): Promise<void> {
  return stop();
}
