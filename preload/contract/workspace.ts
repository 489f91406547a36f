import { z } from 'zod';
import { channel } from './define';
import { RequestDraft } from './request-draft';

const Id = z.string().min(1).max(100);

/** A console tab: one request, bound to a marketplace and a perspective of it. */
export const Tab = z.object({
  id: Id,
  profileId: Id,
  perspectiveId: Id.optional(),
  mode: z.enum(['operation', 'raw']).default('operation'),
  draft: RequestDraft,
  /** Linked views: re-send when another pane changes an entity this tab shows. */
  follow: z.boolean().optional(),
});
export type Tab = z.infer<typeof Tab>;

export const Pane = z.object({
  id: Id,
  tabIds: z.array(Id),
  activeTabId: Id.optional(),
});
export type Pane = z.infer<typeof Pane>;

/** Panes, their tabs, and the tabs' drafts: what the window looked like, restored at start. */
export const Workspace = z.object({
  version: z.literal(1),
  orientation: z.enum(['horizontal', 'vertical']).default('horizontal'),
  panes: z.array(Pane).min(1).max(8),
  focusedPaneId: Id,
  tabs: z.record(Id, Tab),
});
export type Workspace = z.infer<typeof Workspace>;

export const workspaceChannels = {
  'workspace.load': channel(z.void(), Workspace.nullable()),
  'workspace.save': channel(Workspace, z.object({ saved: z.boolean() })),
};
