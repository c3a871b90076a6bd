/**
 * The audit rows that come from the documents themselves. The chair's browser writes items and
 * outcomes straight into the Yjs documents, so the server notices, after each accepted batch:
 * - `item.revealed`: an item id appears in the public document that is (or was) in the
 *   professionals-only one — "Professionals only" off is a move of the same id between them;
 * - `outcome-set` / `outcome-changed`: a child's outcome or category, as codes.
 * Ids and codes only, never an item's text. Auditing never blocks or breaks the sync path.
 *
 * Each conference is first seen with the state it has then (both documents read once), so a
 * document being loaded is never taken for a change; a reveal in the very first batch a process
 * sees of a conference is taken as that starting state.
 */
import * as Y from 'yjs';
import { readDecisions } from '@cb/shared/doc/decisions';
import { docParts, LIST_SECTIONS } from '@cb/shared/doc/schema';
import { docNameFor } from '@cb/shared/protocol';
import { participantActor, staffActor, systemActor, type Actor } from './actor.ts';
import { auditLog, type AuditDetails } from './audit.ts';
import type { Logger } from './logger.ts';
import type { Store } from './store/Store.ts';
import type { AppliedEvent, DocReader } from './sync/roomTypes.ts';

interface Tracked {
  publicIds: Set<string>;
  /** Every id ever seen in the professionals-only document, while this process runs. */
  restrictedSeen: Set<string>;
  outcomes: Map<string, string>;
}

function itemIds(doc: Y.Doc): Set<string> {
  const ids = new Set<string>();
  const parts = docParts(doc);
  for (const section of LIST_SECTIONS) {
    for (const m of parts.list(section).toArray()) {
      const id = m instanceof Y.Map ? (m as Y.Map<unknown>).get('id') : null;
      if (typeof id === 'string') ids.add(id);
    }
  }
  return ids;
}

function outcomesOf(doc: Y.Doc): Map<string, string> {
  return new Map(readDecisions(doc).map((d) => [d.childId, `${d.outcome ?? ''}|${d.category ?? ''}`]));
}

/**
 * Whether a batch can have changed what is audited: a list's items (added, removed or moved, or an
 * item's id), or anything of a decision. Typing into an item's text changes neither, so the common
 * case costs nothing here rather than a walk of the whole board.
 */
function touchesAudited(event: AppliedEvent): boolean {
  const parts = docParts(event.doc);
  const decisions: unknown = parts.decisions;
  const lists = new Set<unknown>(LIST_SECTIONS.map((section) => parts.list(section)));
  for (const [type, keys] of event.changed) {
    if (type === decisions || lists.has(type)) return true;
    const parent = type._item?.parent;
    if (parent === decisions) return true;
    if (lists.has(parent) && keys.has('id')) return true;
  }
  return false;
}

async function docFrom(reader: DocReader, docName: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, await reader.stateOf(docName));
  return doc;
}

export class DocAudit {
  private readonly tracked = new Map<string, Promise<Tracked>>();
  private chain = new Map<string, Promise<void>>();

  constructor(
    private readonly store: Store,
    private readonly reader: DocReader,
    private readonly log: Logger,
  ) {}

  /** For `SyncServer.onDocumentApplied`. */
  readonly onApplied = (event: AppliedEvent): void => {
    // Once a conference's starting state is taken, a batch that changed nothing audited is skipped.
    if (this.tracked.has(event.conferenceId) && !touchesAudited(event)) return;
    // Read now, synchronously: the live document moves on.
    const ids = itemIds(event.doc);
    const outcomes = event.restricted ? null : outcomesOf(event.doc);
    const sender = event.senders.find((s) => s !== null) ?? null;
    const run = (this.chain.get(event.conferenceId) ?? Promise.resolve())
      .then(() => this.handle(event, ids, outcomes, sender))
      .catch((err: unknown) =>
        this.log.error(
          { conferenceId: event.conferenceId, err: (err as Error).message },
          'document audit failed',
        ),
      );
    this.chain.set(event.conferenceId, run);
  };

  /** Waits for every audit row under way (tests, shutdown). */
  async settled(): Promise<void> {
    await Promise.all(this.chain.values());
  }

  private start(
    event: AppliedEvent,
    ids: Set<string>,
    outcomes: Map<string, string> | null,
  ): Promise<Tracked> {
    const other = docNameFor(event.conferenceId, !event.restricted);
    return docFrom(this.reader, other).then((doc) => {
      try {
        const [publicIds, restrictedIds] = event.restricted ? [itemIds(doc), ids] : [ids, itemIds(doc)];
        return {
          publicIds,
          restrictedSeen: restrictedIds,
          outcomes: outcomes ?? outcomesOf(doc),
        };
      } finally {
        doc.destroy();
      }
    });
  }

  private async handle(
    event: AppliedEvent,
    ids: Set<string>,
    outcomes: Map<string, string> | null,
    sender: AppliedEvent['senders'][number],
  ): Promise<void> {
    let tracked = this.tracked.get(event.conferenceId);
    if (!tracked) {
      tracked = this.start(event, ids, outcomes);
      this.tracked.set(event.conferenceId, tracked);
      await tracked;
      return;
    }
    const t = await tracked;
    if (event.restricted) {
      for (const id of ids) t.restrictedSeen.add(id);
      return;
    }
    const rows: (
      | { action: 'item.revealed'; detail: AuditDetails['item.revealed'] }
      | { action: 'outcome-set' | 'outcome-changed'; detail: AuditDetails['outcome-set'] }
    )[] = [];
    for (const id of ids)
      if (!t.publicIds.has(id) && t.restrictedSeen.has(id))
        rows.push({ action: 'item.revealed', detail: { itemId: id } });
    t.publicIds = ids;
    for (const [childId, now] of outcomes ?? []) {
      const before = t.outcomes.get(childId);
      if (before === now) continue;
      const [outcome, category] = now.split('|');
      const wasSet = before !== undefined && !before.startsWith('|');
      if (!outcome && !wasSet) continue;
      rows.push({
        action: wasSet ? 'outcome-changed' : 'outcome-set',
        detail: { childId, outcome: outcome || null, category: category || null },
      });
    }
    if (outcomes) t.outcomes = outcomes;
    if (rows.length === 0) return;
    const actor = await this.actorOf(event.conferenceId, sender);
    const at = new Date().toISOString();
    const audit = auditLog(this.store);
    for (const row of rows) await audit.record(actor, row.action, event.conferenceId, row.detail, { at });
  }

  private async actorOf(conferenceId: string, sender: AppliedEvent['senders'][number]): Promise<Actor> {
    if (!sender) return systemActor('server');
    if (sender.participantId) return participantActor(sender.participantId, sender.role);
    if (sender.role === 'chair') {
      const conference = await this.store.findConference(conferenceId);
      if (conference) return staffActor(conference.chairUserId);
    }
    return { kind: 'unknown' };
  }
}
