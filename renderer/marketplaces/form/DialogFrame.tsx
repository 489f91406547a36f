import type { ReactNode } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { classNames } from './fields';

interface DialogFrameProps {
  title: ReactNode;
  /** A line under the title: what the dialog is about. */
  subtitle?: ReactNode;
  onCancel: () => void;
  role?: 'dialog' | 'alertdialog';
  className?: string;
  children: ReactNode;
}

/**
 * A modal dialog with a title. Escape cancels; a click outside does not, so typed input is
 * never lost to a stray click.
 */
export function DialogFrame({
  title,
  subtitle,
  onCancel,
  role = 'dialog',
  className,
  children,
}: DialogFrameProps) {
  return (
    <ModalOverlay
      className="dialog-backdrop"
      isOpen
      onOpenChange={(open) => {
        if (!open) onCancel();
      }}
    >
      <Modal className={classNames('dialog-surface', className)}>
        <Dialog className="dialog-body" role={role}>
          <header className="dialog-header">
            <Heading slot="title" level={2} className="dialog-heading">
              {title}
            </Heading>
            {subtitle && <div className="dialog-subtitle">{subtitle}</div>}
          </header>
          {children}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
