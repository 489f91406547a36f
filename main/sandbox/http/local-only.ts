import type { IncomingMessage } from 'node:http';
import { ApiError } from './errors';

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

function hostnameOf(value: string): string | undefined {
  try {
    return new URL(value.includes('://') ? value : `http://${value}`).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

export function isLoopback(host: string): boolean {
  return LOOPBACK_NAMES.has(host.toLowerCase()) || host.startsWith('127.');
}

/**
 * A sandbox on a loopback address answers only requests addressed to a loopback name and not
 * sent by a web page elsewhere: its sign-ins are public, so a browser tab on another site (or
 * a DNS-rebinding one) must not be able to use it. Node clients send no Origin.
 */
export function assertLocalRequest(request: IncomingMessage): void {
  const host = hostnameOf(request.headers.host ?? '');
  const origin = request.headers.origin;
  const foreignOrigin =
    origin !== undefined && origin !== 'null' && !isLoopback(hostnameOf(origin) ?? '');
  if (host && isLoopback(host) && !foreignOrigin) return;
  throw new ApiError(403, {
    ErrorCode: 'Forbidden',
    Message:
      'The local sandbox answers only requests from this machine, not from other web origins.',
    Data: { Host: request.headers.host ?? null, Origin: origin ?? null },
  });
}
