import { StrictMode, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { SessionSummary } from '../../preload/contract/sessions';
import { MarketplaceEditor } from '../marketplaces/MarketplaceEditor';
import { MarketplaceList } from '../marketplaces/MarketplaceList';
import type { MarketplaceSaveInput, SaveResult } from '../marketplaces/marketplace-form';
import { SessionPanel } from '../sessions/SessionPanel';
import type { SignInRequest, SignInResult } from '../sessions/sign-in';
import { SignInDialog } from '../sessions/SignInDialog';
import {
  ACME,
  LOCAL_SANDBOX,
  PROFILES,
  SANDBOX_ADMIN,
  SELLER_ADMIN,
  adminSession,
  impersonatedSession,
} from './marketplace-harness-fixtures';
import '../styles/base.css';
import '../styles/frame.css';
import '../styles/request.css';
import '../styles/response.css';
import '../styles/marketplaces.css';
import '../styles/sessions.css';

/**
 * The marketplace and session components alone, for their end-to-end tests:
 * ?view=editor-new|editor|editor-builtin|list|sign-in|sign-in-saved|session|session-impersonating,
 * &theme=dark, &save=fail (onSave answers with a server error on the Name field),
 * &expires=<seconds> (the session's time left).
 */

interface HarnessRecord {
  saved: MarketplaceSaveInput[];
  signIns: SignInRequest[];
  /** Every other callback, by name ("cancel", "delete:acme", ...). */
  calls: string[];
}

declare global {
  interface Window {
    marketplaceHarness: HarnessRecord;
  }
}

const params = new URLSearchParams(location.search);
document.documentElement.dataset.theme = params.get('theme') === 'dark' ? 'dark' : 'light';
const record: HarnessRecord = { saved: [], signIns: [], calls: [] };
window.marketplaceHarness = record;
const called = (name: string) => () => void record.calls.push(name);
const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

async function save(input: MarketplaceSaveInput): Promise<SaveResult> {
  record.saved.push(input);
  await settle();
  if (params.get('save') === 'fail')
    return { ok: false, message: 'A marketplace with this name already exists.', field: 'name' };
  return { ok: true };
}

async function signIn(request: SignInRequest): Promise<SignInResult> {
  record.signIns.push(request);
  await settle();
  if (request.password === undefined || request.password === 'correct horse') return { ok: true };
  return {
    ok: false,
    failure: {
      code: 'InvalidCredentials',
      message: 'The username or password is wrong (InvalidCredentials).',
      hint: 'Check both and sign in again.',
    },
  };
}

function SessionView({ initial }: { initial: SessionSummary }) {
  const [session, setSession] = useState(initial);
  return (
    <div className="harness-panel">
      <SessionPanel
        session={session}
        viaLabel="Seller admin"
        onRefresh={called('refresh')}
        onSignOut={() => setSession({ ...session, state: 'signed-out' })}
        onCopyToken={async () => {
          record.calls.push('copy-token');
          await settle();
        }}
      />
    </div>
  );
}

const editorCallbacks = {
  onSave: save,
  onCancel: called('cancel'),
  onDelete: called('delete'),
  onDuplicate: called('duplicate'),
  onExport: called('export'),
};

const VIEWS: Record<string, () => ReactNode> = {
  'editor-new': () => <MarketplaceEditor {...editorCallbacks} />,
  editor: () => <MarketplaceEditor initial={ACME} {...editorCallbacks} />,
  'editor-builtin': () => <MarketplaceEditor initial={LOCAL_SANDBOX} {...editorCallbacks} />,
  list: () => (
    <aside className="harness-sidebar" aria-label="Sidebar">
      <MarketplaceList
        profiles={PROFILES}
        activeId="acme"
        onSelect={(id) => record.calls.push(`select:${id}`)}
        onAdd={called('add')}
        onEdit={(id) => record.calls.push(`edit:${id}`)}
        onDuplicate={(id) => record.calls.push(`duplicate:${id}`)}
        onExport={(id) => record.calls.push(`export:${id}`)}
        onDelete={(id) => record.calls.push(`delete:${id}`)}
      />
    </aside>
  ),
  'sign-in': () => (
    <SignInDialog
      profile={ACME}
      perspective={SELLER_ADMIN}
      onSignIn={signIn}
      onCancel={called('cancel')}
    />
  ),
  'sign-in-saved': () => (
    <SignInDialog
      profile={LOCAL_SANDBOX}
      perspective={SANDBOX_ADMIN}
      onSignIn={signIn}
      onCancel={called('cancel')}
    />
  ),
  session: () => <SessionView initial={adminSession(Number(params.get('expires') ?? 581))} />,
  'session-impersonating': () => <SessionView initial={impersonatedSession()} />,
};

const view = VIEWS[params.get('view') ?? 'editor-new'] ?? (() => <p>Unknown view</p>);
const root = document.getElementById('root');
if (!root) throw new Error('marketplace-harness.html has no #root element');
createRoot(root).render(<StrictMode>{view()}</StrictMode>);
