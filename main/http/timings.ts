import type { ClientRequest } from 'node:http';
import type { Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { ResponseTimings } from '../../preload/contract/requests';

type Mark = 'socket' | 'lookup' | 'connect' | 'secureConnect' | 'upload' | 'response' | 'end';

/**
 * Phase timings on the monotonic clock (got's own timings use Date.now, which jumps with the
 * wall clock). Attach it to the ClientRequest as soon as the HTTP client creates it.
 */
export class RequestTimer {
  private readonly start = performance.now();
  private readonly marks: Partial<Record<Mark, number>> = {};

  observe(request: ClientRequest): void {
    request.once('socket', (socket: Socket) => {
      this.mark('socket');
      if (!socket.connecting) return; // a kept-alive socket: no DNS, TCP or TLS this time
      socket.once('lookup', () => this.mark('lookup'));
      socket.once('connect', () => this.mark('connect'));
      socket.once('secureConnect', () => this.mark('secureConnect'));
    });
    request.once('finish', () => this.mark('upload'));
    request.once('response', () => this.mark('response'));
  }

  finish(): ResponseTimings {
    this.mark('end');
    const { socket, lookup, connect, secureConnect, upload, response, end } = this.marks;
    const sent = upload ?? secureConnect ?? connect ?? socket;
    return withoutUndefined({
      total: elapsed(this.start, end) ?? 0,
      wait: elapsed(this.start, socket),
      dns: elapsed(socket, lookup),
      tcp: elapsed(lookup ?? socket, connect),
      tls: elapsed(connect, secureConnect),
      firstByte: elapsed(sent, response),
      download: elapsed(response, end),
    });
  }

  private mark(name: Mark): void {
    this.marks[name] ??= performance.now();
  }
}

function elapsed(from: number | undefined, to: number | undefined): number | undefined {
  if (from === undefined || to === undefined) return undefined;
  return Math.round((to - from) * 1000) / 1000;
}

function withoutUndefined(timings: ResponseTimings): ResponseTimings {
  return Object.fromEntries(
    Object.entries(timings).filter(([, value]) => value !== undefined),
  ) as ResponseTimings;
}
