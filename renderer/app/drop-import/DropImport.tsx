import { useRef, useState } from 'react';
import type { Workspace } from '../../../preload/contract';
import { forgetImportedCatalog } from '../../catalog/imported-catalogs';
import { detectDroppedKind, refuseBySize } from './detect-kind';
import { pickDroppedFile, type DroppedFile } from './pick-file';
import { importProfiles, importSpec, type DropOutcome } from './run-import';
import { SealedSecretsDialog, type SealedExport } from './SealedSecretsDialog';
import { useDropTarget } from './use-drop-target';
import { useFileDrag } from './use-file-drag';

type Notice = DropOutcome | { tone: 'busy'; message: string };

/**
 * Drop a spec or an exported marketplace file anywhere on the window to import it. Only the
 * file's text crosses the bridge (`catalog.import`, `profiles.import`), never a path.
 */
export function DropImport({ workspace }: { workspace: Workspace | undefined }) {
  const target = useDropTarget(workspace);
  const [notice, setNotice] = useState<Notice>();
  const [sealed, setSealed] = useState<SealedExport>();
  // Only the latest drop may report; an earlier, slower one is ignored.
  const latestDrop = useRef(0);

  const importFile = async (file: DroppedFile, drop: number) => {
    const report = (next: Notice | undefined) => {
      if (drop === latestDrop.current) setNotice(next);
    };
    const tooBig = refuseBySize(file.name, file.size);
    if (tooBig) return report({ tone: 'error', message: `${tooBig} Nothing was imported.` });
    report({ tone: 'busy', message: `Reading “${file.name}”…` });
    let text: string;
    try {
      text = await file.text();
    } catch {
      return report({
        tone: 'error',
        message: `“${file.name}” could not be read (is it a folder, or was it moved?). Nothing was imported.`,
      });
    }
    const kind = detectDroppedKind(file.name, text);
    if (kind.kind === 'refused') return report({ tone: 'error', message: kind.reason });
    if (kind.kind === 'spec') {
      report({ tone: 'busy', message: `Importing the spec in “${file.name}”…` });
      return report(await importSpec(file.name, text, target));
    }
    if (kind.hasSealedSecrets) {
      report(undefined);
      if (drop === latestDrop.current) setSealed({ fileName: file.name, text, names: kind.names });
      return;
    }
    report({ tone: 'busy', message: `Importing marketplaces from “${file.name}”…` });
    report(await importProfiles(file.name, text));
  };

  const dragging = useFileDrag((transfer) => {
    const drop = ++latestDrop.current;
    const picked = pickDroppedFile(transfer);
    if (!picked.ok) return setNotice({ tone: 'error', message: picked.reason });
    void importFile(picked.file, drop);
  });

  return (
    <>
      {dragging && (
        <div className="drop-overlay" role="status" aria-label="Drop to import">
          <div className="drop-overlay-card">
            <p className="drop-overlay-title">Drop to import</p>
            <p>
              An OpenAPI 3 spec (JSON) becomes the catalog
              {target.marketplaceName ? ` for ${target.marketplaceName}` : ''}; an OC Explorer
              marketplace export adds its marketplaces.
            </p>
          </div>
        </div>
      )}
      {notice && (
        <div
          className="drop-notice"
          data-tone={notice.tone}
          role={notice.tone === 'error' ? 'alert' : 'status'}
          aria-label="Import result"
        >
          <p className="drop-notice-message">{notice.message}</p>
          {notice.tone === 'success' && notice.importedCatalogId && (
            <button
              type="button"
              className="secondary-button"
              onClick={() => {
                forgetImportedCatalog(notice.importedCatalogId!);
                setNotice(undefined);
              }}
            >
              Use the API's spec
            </button>
          )}
          {notice.tone !== 'busy' && (
            <button type="button" className="secondary-button" onClick={() => setNotice(undefined)}>
              Dismiss
            </button>
          )}
        </div>
      )}
      {sealed && (
        <SealedSecretsDialog
          file={sealed}
          onDone={(outcome) => {
            setSealed(undefined);
            setNotice(outcome);
          }}
        />
      )}
    </>
  );
}
