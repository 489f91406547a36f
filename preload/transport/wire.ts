/**
 * Browser mode's WebSocket framing. Messages are JSON, except that byte arrays (response bodies)
 * travel as raw bytes after the JSON header instead of being re-serialised:
 *   [u32 header length][header JSON][u32 length][bytes]...
 * In the header each Uint8Array is replaced by {"$bytes": index}.
 */
const BYTES_TAG = '$bytes';

export function encodeMessage(message: unknown): Uint8Array {
  const attachments: Uint8Array[] = [];
  const header = JSON.stringify(message, (_key, value: unknown) => {
    if (value instanceof Uint8Array) {
      attachments.push(value);
      return { [BYTES_TAG]: attachments.length - 1 };
    }
    return value;
  });
  const headerBytes = new TextEncoder().encode(header);
  let total = 4 + headerBytes.byteLength;
  for (const attachment of attachments) total += 4 + attachment.byteLength;

  const frame = new Uint8Array(total);
  const view = new DataView(frame.buffer);
  let offset = 0;
  const append = (bytes: Uint8Array) => {
    view.setUint32(offset, bytes.byteLength);
    frame.set(bytes, offset + 4);
    offset += 4 + bytes.byteLength;
  };
  append(headerBytes);
  attachments.forEach(append);
  return frame;
}

export function decodeMessage(frame: Uint8Array): unknown {
  const view = new DataView(frame.buffer, frame.byteOffset, frame.byteLength);
  const chunks: Uint8Array[] = [];
  let offset = 0;
  while (offset < frame.byteLength) {
    const length = view.getUint32(offset);
    chunks.push(frame.subarray(offset + 4, offset + 4 + length));
    offset += 4 + length;
  }
  const [header, ...attachments] = chunks;
  if (!header) throw new Error('Empty frame');
  return JSON.parse(new TextDecoder().decode(header), (_key, value: unknown) => {
    if (isBytesRef(value)) {
      const bytes = attachments[value[BYTES_TAG]];
      if (!bytes) throw new Error('Frame refers to a missing attachment');
      return bytes;
    }
    return value;
  });
}

function isBytesRef(value: unknown): value is { [BYTES_TAG]: number } {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.keys(value).length === 1 &&
    typeof (value as Record<string, unknown>)[BYTES_TAG] === 'number'
  );
}
