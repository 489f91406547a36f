import type { Workspace } from '../../preload/contract';
import { ocx } from '../bridge/ocx';
import { createStore, useStore } from '../state/store';

const SAVE_DELAY_MS = 400;

/** The workspace lives here while the app runs and in main between runs. */
export const workspaceStore = createStore<Workspace | undefined>(undefined);

let saveTimer: ReturnType<typeof setTimeout> | undefined;
workspaceStore.subscribe(() => {
  const workspace = workspaceStore.get();
  if (!workspace) return;
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => void ocx.workspace.save(workspace), SAVE_DELAY_MS);
});

export async function loadWorkspace(fallback: () => Workspace): Promise<void> {
  const result = await ocx.workspace.load();
  workspaceStore.set(result.ok && result.value ? result.value : fallback());
}

export function updateWorkspace(change: (workspace: Workspace) => Workspace): void {
  workspaceStore.set((current) => (current ? change(current) : current));
}

export function useWorkspace(): Workspace | undefined {
  return useStore(workspaceStore);
}
