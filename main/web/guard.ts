import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const SESSION_COOKIE = 'ocx_session';

/**
 * Browser mode is guarded like a notebook server: it answers only on loopback names (no DNS
 * rebinding), only to its own origin (no cross-site pages), and only with the random token.
 */
export class AccessGuard {
  private readonly hosts: Set<string>;
  private readonly origins: Set<string>;

  constructor(
    private readonly token: string,
    port: number,
  ) {
    this.hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
    this.origins = new Set([...this.hosts].map((host) => `http://${host}`));
  }

  hostAllowed(request: IncomingMessage): boolean {
    return this.hosts.has(request.headers.host ?? '');
  }

  /** Absent for top-level navigations; when a browser sends one it must be ours. */
  originAllowed(request: IncomingMessage, required: boolean): boolean {
    const origin = request.headers.origin;
    return origin === undefined ? !required : this.origins.has(origin);
  }

  tokenFromQuery(request: IncomingMessage): string | undefined {
    return new URL(request.url ?? '/', 'http://localhost').searchParams.get('token') ?? undefined;
  }

  tokenFromCookie(request: IncomingMessage): string | undefined {
    const cookies = request.headers.cookie?.split(';') ?? [];
    for (const cookie of cookies) {
      const [name, ...value] = cookie.trim().split('=');
      if (name === SESSION_COOKIE) return value.join('=');
    }
    return undefined;
  }

  matches(candidate: string | undefined): boolean {
    if (candidate === undefined) return false;
    const expected = Buffer.from(this.token);
    const actual = Buffer.from(candidate);
    return actual.length === expected.length && timingSafeEqual(actual, expected);
  }

  sessionCookie(): string {
    return `${SESSION_COOKIE}=${this.token}; HttpOnly; SameSite=Strict; Path=/`;
  }
}
