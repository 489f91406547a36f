import type { ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { DialogFrame } from './DialogFrame';

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before something that cannot be undone. The safe choice has the focus. */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  return (
    <DialogFrame title={title} onCancel={onCancel} role="alertdialog" className="confirm-dialog">
      <div className="dialog-content">{children}</div>
      <footer className="dialog-footer">
        <span className="footer-spacer" />
        <Button className="btn" onPress={onCancel} autoFocus>
          Cancel
        </Button>
        <Button className="btn btn-danger" onPress={onConfirm}>
          {confirmLabel}
        </Button>
      </footer>
    </DialogFrame>
  );
}
