import { readFileSync, statSync } from 'node:fs';

/**
 * A token read from a file (`<NAME>_SERVICE_TOKEN_FILE`), like a projected service-account token:
 * whoever mints it rewrites the file before the token expires, and `current()` re-reads the file
 * when its modification time (or size, or inode) changes, and at least every `maxAgeMs` (a minute)
 * regardless. When the file cannot be read, the last token read stands.
 */
export class TokenFile {
  private token: string | undefined;
  private version = '';
  private readAt = -Infinity;

  constructor(
    readonly path: string,
    private readonly options: { maxAgeMs?: number; now?: () => number } = {},
  ) {}

  current(): string | undefined {
    const now = (this.options.now ?? Date.now)();
    let version: string;
    try {
      const stat = statSync(this.path);
      version = `${stat.mtimeMs}:${stat.size}:${stat.ino}`;
    } catch {
      return this.token;
    }
    if (version === this.version && now - this.readAt < (this.options.maxAgeMs ?? 60_000)) return this.token;
    try {
      const text = readFileSync(this.path, 'utf8').trim();
      if (text) this.token = text;
      this.version = version;
      this.readAt = now;
    } catch {
      // Being rewritten, or gone: keep the token read last.
    }
    return this.token;
  }
}

/** The bearer token a subgraph presents to the gateway: given (`<NAME>_SERVICE_TOKEN`), or a file. */
export type ServiceToken = string | TokenFile | undefined;

/** The token to send now. */
export function currentServiceToken(token: ServiceToken): string | undefined {
  return token instanceof TokenFile ? token.current() : token;
}
