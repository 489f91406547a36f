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
      className="rv-modal-overlay"
      isDismissable
      isOpen
      onOpenChange={(open) => !open && onClose()}
    >
      <Modal className="rv-modal">
        <Dialog className="rv-dialog">
          <Heading slot="title" className="rv-dialog-title">
            Value of <code>{path || '(root)'}</code>
          </Heading>
          <pre className="full-value">{cut ? text.slice(0, SHOWN_CHARS) : text}</pre>
          {cut && (
            <p className="rv-note">
              Showing the first {SHOWN_CHARS.toLocaleString('en-US')} of{' '}
              {text.length.toLocaleString('en-US')} characters. Copy takes all of it.
            </p>
          )}
          <div className="rv-dialog-actions">
            <Button className="rv-button" onPress={onCopy}>
              Copy value
            </Button>
            <Button className="rv-button primary" onPress={onClose}>
              Close
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
