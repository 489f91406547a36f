/**
 * Browser mode's WebSocket framing. Messages are JSON, except that byte arrays (response bodies)
 * travel as raw bytes after the JSON header instead of being re-serialised:
 *   [u32 header length][header JSON][u32 length][bytes]...
 * In the header each Uint8Array is replaced by {"$bytes": index}.
 */
const BYTES_TAG = '$bytes';
// Made once: building a coder costs more than coding a small message.
const encoder = new TextEncoder();
const decoder = new TextDecoder();

type Container = Record<string, unknown> | unknown[];

export function encodeMessage(message: unknown): Uint8Array {
  return joined(encodeMessageParts(message));
}

/**
 * The same frame in as few pieces as keep large attachments uncopied: for a sender that can write
 * one message in fragments, so a 10 MB body is not copied into a frame first. Small pieces are
 * joined, since each fragment costs a write of its own.
 */
export function encodeMessageParts(message: unknown): Uint8Array[] {
  const attachments: Uint8Array[] = [];
  // A walk plus a plain JSON.stringify is several times faster than a replacer on every key.
  const header = encoder.encode(JSON.stringify(withPlaceholders(message, attachments)));
  const parts: Uint8Array[] = [];
  let small: Uint8Array[] = [lengthOf(header), header];
  for (const attachment of attachments) {
    small.push(lengthOf(attachment));
    if (attachment.byteLength < LARGE_BYTES) {
      small.push(attachment);
    } else {
      parts.push(joined(small), attachment);
      small = [];
    }
  }
  if (small.length) parts.push(joined(small));
  return parts;
}

const LARGE_BYTES = 64 * 1024;

function joined(pieces: Uint8Array[]): Uint8Array {
  if (pieces.length === 1) return pieces[0]!;
  const result = new Uint8Array(pieces.reduce((total, piece) => total + piece.byteLength, 0));
  let offset = 0;
  for (const piece of pieces) {
    result.set(piece, offset);
    offset += piece.byteLength;
  }
  return result;
}

function lengthOf(bytes: Uint8Array): Uint8Array {
  const prefix = new Uint8Array(4);
  new DataView(prefix.buffer).setUint32(0, bytes.byteLength);
  return prefix;
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
  const text = decoder.decode(header);
  const message: unknown = JSON.parse(text);
  if (attachments.length === 0 && !text.includes(`"${BYTES_TAG}"`)) return message;
  return withAttachments(message, attachments);
}

/** The value with each Uint8Array replaced by a placeholder; only the containers on the way are copied. */
function withPlaceholders(value: unknown, attachments: Uint8Array[]): unknown {
  if (value instanceof Uint8Array) {
    attachments.push(value);
    return { [BYTES_TAG]: attachments.length - 1 };
  }
  if (typeof value !== 'object' || value === null) return value;
  let copy: Container | undefined;
  forEachEntry(value as Container, (key, item) => {
    const replaced = withPlaceholders(item, attachments);
    if (replaced === item) return;
    copy ??= Array.isArray(value) ? [...value] : { ...(value as Record<string, unknown>) };
    (copy as Record<string | number, unknown>)[key] = replaced;
  });
  return copy ?? value;
}

/** Puts the attachments back in place of their placeholders, in the freshly parsed message. */
function withAttachments(value: unknown, attachments: Uint8Array[]): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (isBytesRef(value)) {
    const bytes = attachments[value[BYTES_TAG]];
    if (!bytes) throw new Error('Frame refers to a missing attachment');
    return bytes;
  }
  forEachEntry(value as Container, (key, item) => {
    if (typeof item === 'object' && item !== null)
      (value as Record<string | number, unknown>)[key] = withAttachments(item, attachments);
  });
  return value;
}

function forEachEntry(value: Container, visit: (key: string | number, item: unknown) => void) {
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) visit(index, value[index]);
  } else {
    for (const key in value) if (Object.hasOwn(value, key)) visit(key, value[key]);
  }
}

function isBytesRef(value: object): value is { [BYTES_TAG]: number } {
  return (
    typeof (value as Record<string, unknown>)[BYTES_TAG] === 'number' &&
    Object.keys(value).length === 1
  );
}
