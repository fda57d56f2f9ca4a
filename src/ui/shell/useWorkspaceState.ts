import { useSyncExternalStore } from 'react';
import type { Workspace } from '@/storage/workspace';
import type { WorkspaceState } from '@/storage/workspaceState';

/** Re-renders when the workspace's state (open document, saving, access) changes. */
export function useWorkspaceState(workspace: Workspace): WorkspaceState {
  return useSyncExternalStore(workspace.subscribe, workspace.getState);
}
