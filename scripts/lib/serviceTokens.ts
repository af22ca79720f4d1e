/**
 * Development service tokens for `pnpm start`, kept like projected service-account tokens: each
 * is written to a file under DATA_DIR (mode 0600) that the subgraph reads through
 * `<NAME>_SERVICE_TOKEN_FILE`, and re-minted well before it expires, so a subgraph never presents a
 * token past the gateway's TOKEN_MAX_LIFETIME (12 hours by default), however long the system runs
 * or whenever a supervised subgraph restarts.
 */
import { chmodSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Role } from '@credit/http';
import { developmentToken } from '../../gateway/src/identity';

/** Each token lives 12 hours (the gateway's default maximum) and is replaced every hour. */
export const SERVICE_TOKEN_LIFETIME = '12h';
export const SERVICE_TOKEN_RENEWAL_MS = 60 * 60 * 1000;

export interface ServiceTokenSpec {
  /** The subgraph, e.g. `records`: the file is `<dir>/records.token`, the token's subject `records-service`. */
  name: string;
  roles: Role[];
}

/** Writes the token atomically (a temporary file renamed over the old one), readable by the owner only. */
export function writeTokenFile(path: string, token: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${token}\n`, { mode: 0o600 });
  chmodSync(temporary, 0o600);
  renameSync(temporary, path);
}

export class ServiceTokenFiles {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly dir: string,
    private readonly specs: ServiceTokenSpec[],
    private readonly options: { lifetime?: string; renewalMs?: number; log?: (line: string) => void } = {},
  ) {}

  /** The file of a subgraph's token. */
  path(name: string): string {
    return join(this.dir, `${name}.token`);
  }

  /** Mints and writes every token now. */
  async mint(): Promise<void> {
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    for (const spec of this.specs) {
      const token = await developmentToken({ sub: `${spec.name}-service`, roles: spec.roles }, this.options.lifetime ?? SERVICE_TOKEN_LIFETIME);
      writeTokenFile(this.path(spec.name), token);
    }
  }

  /** Mints now, then again every `renewalMs` (an hour) on a timer that does not keep the process alive. */
  async start(): Promise<void> {
    await this.mint();
    this.timer = setInterval(() => {
      this.mint().catch((error: unknown) => (this.options.log ?? console.error)(`service tokens: renewal failed: ${(error as Error).message}`));
    }, this.options.renewalMs ?? SERVICE_TOKEN_RENEWAL_MS);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
