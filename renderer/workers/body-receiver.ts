/** A decoder for the charset the Content-Type names (UTF-8 when it names none we know). */
function decoderFor(contentType = ''): TextDecoder {
  const charset = /charset="?([^";]+)/i.exec(contentType)?.[1]?.trim();
  try {
    return new TextDecoder(charset || 'utf-8');
  } catch {
    return new TextDecoder();
  }
}

/**
 * Collects bodies piece by piece as the main thread sends them, decoding each piece on arrival
 * so that decoding overlaps the sending.
 */
export class BodyReceiver {
  private readonly decoders: TextDecoder[] = [];
  private readonly pieces: string[][] = [];

  append(body: number, bytes: ArrayBuffer, contentType?: string): void {
    const decoder = (this.decoders[body] ??= decoderFor(contentType));
    (this.pieces[body] ??= []).push(decoder.decode(new Uint8Array(bytes), { stream: true }));
  }

  /** The decoded texts of bodies 0 … bodyCount - 1. */
  finish(bodyCount: number): string[] {
    return Array.from({ length: bodyCount }, (_, body) => {
      const rest = this.decoders[body]?.decode() ?? '';
      return (this.pieces[body] ?? []).join('') + rest;
    });
  }
}
