import type { OcxApi } from '../../preload/bridge/api';
import type { BridgeError, Result } from '../../preload/contract';

declare global {
  interface Window {
    readonly ocx: OcxApi;
  }
}

/** The bridge main exposes: the preload in Electron, a WebSocket client in browser mode. */
export const ocx: OcxApi = window.ocx;

/** Unwraps a bridge result, throwing the typed error for callers that let a boundary show it. */
export async function unwrap<T>(call: Promise<Result<T>>): Promise<T> {
  const result = await call;
  if (!result.ok) throw new BridgeFailure(result.error);
  return result.value;
}

export class BridgeFailure extends Error {
  constructor(readonly error: BridgeError) {
    super(error.message);
  }
}
