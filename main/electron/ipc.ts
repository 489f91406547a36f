import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { BridgeErrorCode, channels, type ChannelName, type Result } from '../../preload/contract';
import { invokeChannel } from '../../preload/transport/ipc-names';
import type { Dispatch } from '../bridge/dispatch';
import { answerIpcCall } from '../bridge/ipc-call';

/**
 * Serves every contract channel over ipcMain.handle, each behind the sender check. Input is
 * still `unknown` here: dispatch parses it against the contract. Returns an unregister function.
 */
export function serveContractOverIpc(
  dispatch: Dispatch,
  isTrusted: (event: IpcMainInvokeEvent) => boolean,
): () => void {
  const names = Object.keys(channels) as ChannelName[];
  for (const name of names) {
    ipcMain.handle(
      invokeChannel(name),
      (event, input: unknown, callId: unknown): Promise<Result<unknown>> => {
        if (!isTrusted(event)) return Promise.resolve(forbidden(name));
        const callerId = `webContents:${event.sender.id}`;
        return answerIpcCall(dispatch, { channel: name, input, callId, callerId }, (...args) =>
          event.sender.send(...args),
        );
      },
    );
  }
  return () => names.forEach((name) => ipcMain.removeHandler(invokeChannel(name)));
}

function forbidden(channel: string): Result<never> {
  return {
    ok: false,
    error: {
      code: BridgeErrorCode.Forbidden,
      message: `${channel} may only be called by OC Explorer's own window.`,
    },
  };
}
