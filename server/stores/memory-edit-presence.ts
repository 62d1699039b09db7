import type { Editor, EditPresenceStore } from '../modules/dashboard-events/edit-presence.js';

/** Edit presence in this process's memory. */
export class MemoryEditPresence implements EditPresenceStore {
  private readonly byDashboard = new Map<string, Map<string, { editor: Editor; until: number }>>();

  async touch(dashboard: string, editor: Editor, ttlMs: number): Promise<boolean> {
    const editors = this.live(dashboard);
    const known = editors.get(editor.user_id);
    editors.set(editor.user_id, { editor: known?.editor ?? editor, until: Date.now() + ttlMs });
    this.byDashboard.set(dashboard, editors);
    return !known;
  }

  async leave(dashboard: string, userId: string): Promise<boolean> {
    const editors = this.live(dashboard);
    const left = editors.delete(userId);
    if (editors.size === 0) this.byDashboard.delete(dashboard);
    return left;
  }

  async editors(dashboard: string): Promise<Editor[]> {
    return [...this.live(dashboard).values()].map((entry) => entry.editor);
  }

  private live(dashboard: string): Map<string, { editor: Editor; until: number }> {
    const editors = this.byDashboard.get(dashboard) ?? new Map<string, { editor: Editor; until: number }>();
    const now = Date.now();
    for (const [id, entry] of editors) if (entry.until <= now) editors.delete(id);
    return editors;
  }
}
