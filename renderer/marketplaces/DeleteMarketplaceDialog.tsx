import { ConfirmDialog } from './form/ConfirmDialog';

interface DeleteMarketplaceDialogProps {
  name: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function DeleteMarketplaceDialog({
  name,
  onConfirm,
  onCancel,
}: DeleteMarketplaceDialogProps) {
  return (
    <ConfirmDialog
      title={`Delete “${name}”?`}
      confirmLabel="Delete marketplace"
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      Its API clients, perspectives and saved secrets are removed from this computer. Nothing
      changes in OrderCloud itself.
    </ConfirmDialog>
  );
}
