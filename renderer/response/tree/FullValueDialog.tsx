import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';

/** Enough to read; the whole value still goes to the clipboard with Copy. */
const SHOWN_CHARS = 1_000_000;

interface FullValueDialogProps {
  path: string;
  text: string;
  onCopy: () => void;
  onClose: () => void;
}

export function FullValueDialog({ path, text, onCopy, onClose }: FullValueDialogProps) {
  const cut = text.length > SHOWN_CHARS;
  return (
    <ModalOverlay
      className="modal-overlay"
      isDismissable
      isOpen
      onOpenChange={(open) => !open && onClose()}
    >
      <Modal className="modal full-value-modal">
        <Dialog className="dialog">
          <Heading slot="title" className="dialog-title">
            Value of <code>{path || '(root)'}</code>
          </Heading>
          <pre className="full-value">{cut ? text.slice(0, SHOWN_CHARS) : text}</pre>
          {cut && (
            <p className="empty-note">
              Showing the first {SHOWN_CHARS.toLocaleString('en-US')} of{' '}
              {text.length.toLocaleString('en-US')} characters. Copy takes all of it.
            </p>
          )}
          <div className="dialog-actions">
            <Button className="button" onPress={onCopy}>
              Copy value
            </Button>
            <Button className="button primary" onPress={onClose}>
              Close
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
