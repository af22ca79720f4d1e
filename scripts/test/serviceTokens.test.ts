import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeJwt } from 'jose';
import { afterAll, expect, it, vi } from 'vitest';
import { TokenFile } from '@credit/kit';
import { SERVICE_TOKEN_RENEWAL_MS, ServiceTokenFiles } from '../lib/serviceTokens';

const dir = join(mkdtempSync(join(tmpdir(), 'start-tokens-')), 'service-tokens');
afterAll(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

it('pnpm start writes service tokens to owner-only files and re-mints them well before they expire', async () => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
  try {
    const files = new ServiceTokenFiles(dir, [{ name: 'records', roles: ['CREDIT_CENTRE'] }]);
    await files.start();
    const path = files.path('records');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const first = readFileSync(path, 'utf8').trim();
    const claims = decodeJwt(first);
    expect(claims.sub).toBe('records-service');
    const lifetimeMs = (claims.exp! - claims.iat!) * 1000;
    expect(lifetimeMs).toBeLessThanOrEqual(12 * 3600_000);
    expect(SERVICE_TOKEN_RENEWAL_MS).toBeLessThanOrEqual(lifetimeMs / 4);

    const reader = new TokenFile(path);
    expect(reader.current()).toBe(first);
    await vi.advanceTimersByTimeAsync(SERVICE_TOKEN_RENEWAL_MS);
    await vi.waitFor(() => expect(readFileSync(path, 'utf8').trim()).not.toBe(first));
    const second = readFileSync(path, 'utf8').trim();
    expect(decodeJwt(second).exp).toBeGreaterThan(claims.exp!);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(reader.current()).toBe(second);
    files.stop();
  } finally {
    vi.useRealTimers();
  }
});
