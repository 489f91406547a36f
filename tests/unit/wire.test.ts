import { describe, expect, it } from 'vitest';
import { decodeMessage, encodeMessage, encodeMessageParts } from '../../preload/transport/wire';

describe('browser mode wire format', () => {
  it('round-trips JSON with byte arrays carried as raw bytes', () => {
    const body = new Uint8Array(1024 * 1024).map((_, index) => index % 251);
    const frame = encodeMessage({
      type: 'result',
      id: 7,
      result: { ok: true, value: { body, size: 3 } },
    });
    // The body travels once, as bytes: the frame is barely larger than it.
    expect(frame.byteLength).toBeLessThan(body.byteLength + 200);
    const decoded = decodeMessage(frame) as {
      result: { value: { body: Uint8Array; size: number } };
    };
    expect(decoded.result.value.size).toBe(3);
    expect(Buffer.from(decoded.result.value.body).equals(Buffer.from(body))).toBe(true);
  });

  it('keeps several attachments apart, and empty ones', () => {
    const message = { a: new Uint8Array([1, 2]), b: [new Uint8Array(), new Uint8Array([3])] };
    expect(decodeMessage(encodeMessage(message))).toEqual(message);
  });

  it('rejects a frame that points at a missing attachment', () => {
    const header = new TextEncoder().encode('{"x":{"$bytes":3}}');
    const frame = new Uint8Array(4 + header.byteLength);
    new DataView(frame.buffer).setUint32(0, header.byteLength);
    frame.set(header, 4);
    expect(() => decodeMessage(frame)).toThrow(/missing attachment/);
  });

  it('hands a large attachment over in pieces without copying it, small ones joined', () => {
    const body = new Uint8Array(200_000).fill(7);
    const message = { small: new Uint8Array([1, 2, 3]), body, after: new Uint8Array([4]) };
    const parts = encodeMessageParts(message);
    expect(parts).toHaveLength(3);
    expect(parts[1]).toBe(body);
    const whole = new Uint8Array(parts.reduce((n, part) => n + part.byteLength, 0));
    parts.reduce((offset, part) => (whole.set(part, offset), offset + part.byteLength), 0);
    expect(whole).toEqual(encodeMessage(message));
    expect(decodeMessage(whole)).toEqual(message);
    expect(encodeMessageParts({ small: message.small })).toHaveLength(1);
  });
});
