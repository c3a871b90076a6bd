/**
 * Undo and redo of the chair's own changes across the two documents. One Y.UndoManager per
 * document tracks only local changes (origin LOCAL_ORIGIN); a shared stack remembers which
 * documents each user action touched, so that moving an item to professionals-only (a change in
 * both documents) undoes as one step.
 */
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import * as Y from 'yjs';
import { LOCAL_ORIGIN } from '@cb/shared/doc/board';
import { topLevelTypes } from '@cb/shared/doc/schema';

type Step = Y.UndoManager[];

export class ChairUndo {
  private readonly managers: Y.UndoManager[];
  private readonly undoStack: Step[] = [];
  private readonly redoStack: Step[] = [];
  private pending: Set<Y.UndoManager> | null = null;
  private readonly listeners = new Set<() => void>();
  private replaying = false;

  constructor(docs: Y.Doc[]) {
    this.managers = docs.map((doc) => {
      const manager = new Y.UndoManager(topLevelTypes(doc), {
        trackedOrigins: new Set([LOCAL_ORIGIN]),
        captureTimeout: 0,
      });
      manager.on('stack-item-added', (event: { type: 'undo' | 'redo' }) => {
        if (event.type === 'undo' && !this.replaying) this.record(manager);
      });
      return manager;
    });
  }

  /** Groups every local change made until the next task into one step. */
  private record(manager: Y.UndoManager): void {
    if (!this.pending) {
      this.pending = new Set();
      queueMicrotask(() => {
        const step = [...(this.pending ?? [])];
        this.pending = null;
        if (step.length) {
          this.undoStack.push(step);
          this.redoStack.length = 0;
          this.emit();
        }
      });
    }
    this.pending.add(manager);
  }

  private replay(step: Step, how: 'undo' | 'redo'): void {
    this.replaying = true;
    try {
      for (const m of step) {
        if (how === 'undo') m.undo();
        else m.redo();
      }
    } finally {
      this.replaying = false;
    }
  }

  undo(): boolean {
    const step = this.undoStack.pop();
    if (!step) return false;
    this.replay(step, 'undo');
    this.redoStack.push(step);
    this.emit();
    return true;
  }

  redo(): boolean {
    const step = this.redoStack.pop();
    if (!step) return false;
    this.replay(step, 'redo');
    this.undoStack.push(step);
    this.emit();
    return true;
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }
  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }

  destroy(): void {
    for (const m of this.managers) m.destroy();
  }
}

/**
 * The chair's undo for the two documents, with whether undo and redo can do anything now. The
 * managers destroy themselves with their documents.
 */
export function useChairUndo(publicDoc: Y.Doc | null, restrictedDoc: Y.Doc | null) {
  const manager = useMemo(
    () => (publicDoc ? new ChairUndo(restrictedDoc ? [publicDoc, restrictedDoc] : [publicDoc]) : null),
    [publicDoc, restrictedDoc],
  );
  const subscribe = useCallback(
    (listener: () => void) => manager?.subscribe(listener) ?? (() => {}),
    [manager],
  );
  const canUndo = useSyncExternalStore(subscribe, () => manager?.canUndo ?? false);
  const canRedo = useSyncExternalStore(subscribe, () => manager?.canRedo ?? false);
  return {
    canUndo,
    canRedo,
    undo: () => manager?.undo() ?? false,
    redo: () => manager?.redo() ?? false,
  };
}
