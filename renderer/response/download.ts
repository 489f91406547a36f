/** Offers a blob as a file download. Never navigates: the link has a download name. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The body as received; several list pages as the JSON array of the pages, as Raw shows them. */
export function bodiesBlob(bodies: readonly Uint8Array<ArrayBuffer>[], contentType = ''): Blob {
  if (bodies.length === 1) return new Blob([...bodies], { type: contentType });
  const parts = bodies.flatMap((body, index) => (index ? [',\n', body] : [body]));
  return new Blob(['[', ...parts, ']'], { type: 'application/json' });
}

const EXTENSIONS: ReadonlyArray<[RegExp, string]> = [
  [/[/+]json\b/i, 'json'],
  [/[/+]xml\b/i, 'xml'],
  [/html/i, 'html'],
  [/csv/i, 'csv'],
  [/^text\//i, 'txt'],
];

export function fileNameFor(requestId: string, contentType = ''): string {
  const extension = EXTENSIONS.find(([pattern]) => pattern.test(contentType))?.[1] ?? 'bin';
  const safeId = requestId.replace(/[^\w-]+/g, '-').slice(0, 60) || 'response';
  return `response-${safeId}.${extension}`;
}
