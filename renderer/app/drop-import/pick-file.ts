/**
 * The parts of a drag's DataTransfer this feature reads. Structural, so a real DataTransfer fits
 * and tests can hand in a plain object.
 */
export interface DroppedFile {
  readonly name: string;
  readonly size: number;
  text(): Promise<string>;
}

interface TransferItem {
  readonly kind: string;
  webkitGetAsEntry?(): { readonly isDirectory: boolean } | null;
}

export interface FileTransfer {
  readonly types: ArrayLike<string>;
  readonly files: ArrayLike<DroppedFile>;
  readonly items?: ArrayLike<TransferItem>;
}

/** True for a drag of files from outside the page, not of text or elements within it. */
export function carriesFiles(transfer: Pick<FileTransfer, 'types'> | null | undefined): boolean {
  return !!transfer && Array.from(transfer.types).includes('Files');
}

export type PickedFile = { ok: true; file: DroppedFile } | { ok: false; reason: string };

/**
 * The one file a drop carries. Must run inside the drop event: a DataTransfer's items are
 * readable only until it returns.
 */
export function pickDroppedFile(transfer: FileTransfer): PickedFile {
  const items = Array.from(transfer.items ?? []).filter((item) => item.kind === 'file');
  if (items.some((item) => item.webkitGetAsEntry?.()?.isDirectory))
    return {
      ok: false,
      reason: 'Folders cannot be imported. Drop a single spec or marketplace export file.',
    };
  const files = Array.from(transfer.files);
  if (files.length === 0)
    return { ok: false, reason: 'Nothing to import: the drop carried no readable file.' };
  if (files.length > 1)
    return {
      ok: false,
      reason: `Drop one file at a time (this drop carried ${files.length}). Nothing was imported.`,
    };
  return { ok: true, file: files[0]! };
}
