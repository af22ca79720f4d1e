/**
 * `tsx scripts/bench/cpuprofile.ts FILE.cpuprofile [--top 30]`: where a V8 CPU profile spent its
 * time, by function (self time) and by package (self time of its files), as percentages. A
 * process run from an esbuild bundle (`--compiled`) has one file: its samples are put under the
 * source file each line came from (the `// path` comment esbuild writes before each module).
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '30' } } });
const profile = JSON.parse(readFileSync(positionals[0]!, 'utf8')) as { nodes: ProfileNode[]; samples: number[] };
/** Each bundle's module starts: the line of esbuild's `// path` comment and that path, in order. */
const root = fileURLToPath(new URL('../..', import.meta.url));
const bundles = new Map<string, { line: number; path: string }[]>();
function sourceOf(file: string, line: number): string {
  if (!file.endsWith('.built.mjs')) return file;
  let starts = bundles.get(file);
  if (!starts) {
    starts = [];
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((text, i) => {
        const path = /^\/\/ (\S+\.(?:[cm]?js|ts|json))$/.exec(text)?.[1];
        if (path) starts!.push({ line: i, path });
      });
    bundles.set(file, starts);
  }
  let found = file;
  for (const start of starts) {
    if (start.line > line) break;
    found = start.path;
  }
  return found;
}

const counts = new Map<number, number>();
for (const sample of profile.samples) counts.set(sample, (counts.get(sample) ?? 0) + 1);
const total = profile.samples.length;
const byFunction = new Map<string, number>();
const byPackage = new Map<string, number>();
for (const node of profile.nodes) {
  const n = counts.get(node.id) ?? 0;
  if (!n) continue;
  const { functionName, url, lineNumber } = node.callFrame;
  const file = sourceOf(url.replace(/^file:\/\//, ''), lineNumber);
  const key = `${functionName || '(anonymous)'} ${file.split('/node_modules/').pop()}:${lineNumber + 1}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + n);
  const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1] ?? (file ? (isAbsolute(file) ? relative(root, file) : file) : functionName);
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + n);
}
const top = Number(values.top);
const show = (title: string, map: Map<string, number>) => {
  console.log(`\n${title}`);
  for (const [key, n] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${((100 * n) / total).toFixed(1).padStart(5)} %  ${key}`);
};
show('by package or file (self time)', byPackage);
show('by function (self time)', byFunction);
