import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createBodyStream, withStreamedBody } from '../../main/bridge/body-stream';
import type { Dispatch } from '../../main/bridge/dispatch';
import { answerIpcCall } from '../../main/bridge/ipc-call';
import type { Result } from '../../preload/contract';
import { createIpcTransport, type IpcRendererLike } from '../../preload/transport/ipc';
import { StreamedBodies } from '../../preload/transport/streamed-body';

const bytes = (...values: number[]) => Uint8Array.from(values);

/** Main's answer to a call whose body went out through `stream` piece by piece. */
function answered(body: Uint8Array, stream: { sentBytes: number }): Result<unknown> {
  return withStreamedBody({ ok: true, value: { status: 200, body } }, stream);
}

describe('a streamed response body', () => {
  it('is put back together in order, in a buffer sized from the announced length', async () => {
    const bodies = new StreamedBodies();
    const stream = createBodyStream((chunk, expected) => bodies.receive(7, chunk, expected));
    expect(stream.open(200, 6)).toBe(true);
    for (const piece of [bytes(1, 2), bytes(3), bytes(4, 5, 6)]) stream.write(piece);

    const result = await bodies.settle(7, answered(bytes(1, 2, 3, 4, 5, 6), stream));
    expect(result).toEqual({ ok: true, value: { status: 200, body: bytes(1, 2, 3, 4, 5, 6) } });
  });

  it('grows when the length was not announced', async () => {
    const bodies = new StreamedBodies();
    const stream = createBodyStream((chunk, expected) => bodies.receive(1, chunk, expected));
    stream.open(200, undefined);
    const pieces = Array.from({ length: 50 }, (_, index) => bytes(index, index + 1));
    for (const piece of pieces) stream.write(piece);
    const whole = Uint8Array.from(pieces.flatMap((piece) => [...piece]));

    const result = await bodies.settle(1, answered(whole, stream));
    expect(result.ok && (result.value as { body: Uint8Array }).body).toEqual(whole);
  });

  it('waits for the last pieces when the answer overtakes them', async () => {
    const bodies = new StreamedBodies();
    const sent: [Uint8Array, number | undefined][] = [];
    const stream = createBodyStream((chunk, expected) => sent.push([chunk, expected]));
    stream.open(200, 4);
    stream.write(bytes(1, 2));
    stream.write(bytes(3, 4));

    const settled = bodies.settle(3, answered(bytes(1, 2, 3, 4), stream));
    for (const [chunk, expected] of sent) bodies.receive(3, chunk, expected);
    expect(await settled).toMatchObject({ ok: true, value: { body: bytes(1, 2, 3, 4) } });
  });

  it('is dropped when the call fails part way, e.g. cancelled', async () => {
    const bodies = new StreamedBodies();
    const stream = createBodyStream((chunk, expected) => bodies.receive(2, chunk, expected));
    stream.open(200, 10);
    stream.write(bytes(1, 2, 3));
    const cancelled: Result<unknown> = {
      ok: false,
      error: { code: 'RequestCancelled', message: 'The request was cancelled.' },
    };

    expect(await bodies.settle(2, withStreamedBody(cancelled, stream))).toEqual(cancelled);
    // Nothing is left over for a later call that happens to reuse the id.
    expect(await bodies.settle(2, { ok: true, value: { body: bytes(9) } })).toEqual({
      ok: true,
      value: { body: bytes(9) },
    });
  });

  it('becomes a clear failure, never a short body, when the connection drops mid-way', async () => {
    const bodies = new StreamedBodies();
    bodies.receive(5, bytes(1, 2), 4);
    const settled = bodies.settle(5, { ok: true, value: { body: { $streamedBytes: 4 } } });
    bodies.dropAll();
    expect(await settled).toMatchObject({
      ok: false,
      error: { message: 'The connection closed before the response body arrived.' },
    });
  });

  it('is refused past the size cap, announced or not', async () => {
    const announced = new StreamedBodies(8);
    announced.receive(1, bytes(1), 100);
    expect(
      await announced.settle(1, { ok: true, value: { body: { $streamedBytes: 100 } } }),
    ).toMatchObject({ ok: false, error: { message: expect.stringMatching(/larger than/) } });

    const unannounced = new StreamedBodies(8);
    unannounced.receive(1, new Uint8Array(6));
    unannounced.receive(1, new Uint8Array(6));
    expect(
      await unannounced.settle(1, { ok: true, value: { body: { $streamedBytes: 12 } } }),
    ).toMatchObject({ ok: false, error: { message: expect.stringMatching(/larger than/) } });
  });

  it('is sent whole when it does not match what was streamed', () => {
    const stream = createBodyStream(() => undefined);
    stream.open(200, undefined);
    stream.write(bytes(1, 2));
    const result = answered(bytes(1, 2, 3), stream);
    expect(result).toEqual({ ok: true, value: { status: 200, body: bytes(1, 2, 3) } });
  });
});

describe('streaming over IPC', () => {
  /** ipcRenderer and one window's webContents.send, over an in-memory emitter. */
  function fakeIpc(dispatch: Dispatch): IpcRendererLike & EventEmitter {
    const window = new EventEmitter();
    return Object.assign(window, {
      invoke: (channel: string, input: unknown, callId: unknown) =>
        answerIpcCall(dispatch, { channel, input, callId, callerId: 'test' }, (name, ...args) =>
          window.emit(name, {}, ...args),
        ),
    });
  }

  it('hands the renderer the whole body, and stops listening once no call is in flight', async () => {
    const body = Uint8Array.from({ length: 1000 }, (_, index) => index % 256);
    const ipc = fakeIpc(async (_channel, _input, context) => {
      context.body?.open(200, body.byteLength);
      for (let offset = 0; offset < body.byteLength; offset += 64)
        context.body?.write(body.subarray(offset, offset + 64));
      return { ok: true, value: { status: 200, body } };
    });
    const transport = createIpcTransport(ipc);

    const result = await transport.invoke('requests.send', {});
    expect(result).toEqual({ ok: true, value: { status: 200, body } });
    expect(ipc.eventNames()).toEqual([]);
  });
});
