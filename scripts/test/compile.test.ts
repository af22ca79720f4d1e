import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileEntry, stopCompiler } from '../lib/compile';

describe('the esbuild bundles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'credit-compile-'));
  afterAll(async () => {
    await stopCompiler();
    rmSync(dir, { recursive: true, force: true });
  });

  it("hash with Node.js's crypto where a package asks for sha.js (Apollo Server's operation hashes)", async () => {
    // The entry asks for sha.js as @apollo/utils.createhash does in a bundle (the project itself does
    // not depend on sha.js, so without the plugin this entry would not even build).
    writeFileSync(join(dir, 'entry.ts'), "// @ts-nocheck\nimport sha from 'sha.js';\nconsole.log(sha('sha256').update('企业 abc').digest('hex'));\n");
    const bundle = join(dir, await compileEntry(dir, 'entry.ts'));
    expect(execFileSync(process.execPath, [bundle], { encoding: 'utf8' }).trim()).toBe(createHash('sha256').update('企业 abc').digest('hex'));
    expect(readFileSync(bundle, 'utf8')).not.toMatch(/Sha256|sha\.js\/hash/);
  });
});
