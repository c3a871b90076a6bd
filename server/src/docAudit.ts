/**
 * The audit rows that come from the documents themselves. The chair's browser writes items and
 * outcomes straight into the Yjs documents, so the server notices, after each accepted batch:
 * - `item.revealed`: an item id appears in the public document that is (or was) in the
 *   professionals-only one — "Professionals only" off is a move of the same id between them;
 * - `outcome-set` / `outcome-changed`: a child's draft outcome or category (restricted document),
 *   as codes;
 * - `decision-shared`: what the family's screen was given of a child's outcome (public document).
 * Ids and codes only, never an item's text. Auditing never blocks or breaks the sync path.
 *
 * Each conference is first seen with the state it has then (both documents read once), so a
 * document being loaded is never taken for a change; a reveal in the very first batch a process
 * sees of a conference is taken as that starting state.
 */
import * as Y from 'yjs';
import { readDecisions, readDrafts } from '@cb/shared/doc/decisions';
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
  /** Per child, `outcome|category` codes: the chair's drafts, and what has been shared. */
  drafts: Map<string, string>;
  shared: Map<string, string>;
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

/** The chair's drafts (from the restricted document) or what is shared (the public one), as codes. */
function outcomesOf(doc: Y.Doc, restricted: boolean): Map<string, string> {
  const codes = (o: { outcome: string | null; category: string | null } | null) =>
    `${o?.outcome ?? ''}|${o?.category ?? ''}`;
  return restricted
    ? new Map(readDrafts(doc).map((d) => [d.childId, codes(d)]))
    : new Map(readDecisions(doc).map((d) => [d.childId, codes(d.shared)]));
}

type Row =
  | { action: 'item.revealed'; detail: AuditDetails['item.revealed'] }
  | { action: 'outcome-set' | 'outcome-changed' | 'decision-shared'; detail: AuditDetails['outcome-set'] };

/** One row per child whose codes changed; a first draft that is still empty is not a change. */
function outcomeRows(before: Map<string, string>, now: Map<string, string>, shared: boolean): Row[] {
  const rows: Row[] = [];
  for (const [childId, codes] of now) {
    const was = before.get(childId);
    if (was === codes) continue;
    const [outcome, category] = codes.split('|');
    const wasSet = was !== undefined && !was.startsWith('|');
    if (!outcome && !wasSet) continue;
    const action = shared ? 'decision-shared' : wasSet ? 'outcome-changed' : 'outcome-set';
    rows.push({ action, detail: { childId, outcome: outcome || null, category: category || null } });
  }
  return rows;
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
    const outcomes = outcomesOf(event.doc, event.restricted);
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

  private start(event: AppliedEvent, ids: Set<string>, outcomes: Map<string, string>): Promise<Tracked> {
    const other = docNameFor(event.conferenceId, !event.restricted);
    return docFrom(this.reader, other).then((doc) => {
      try {
        const [publicIds, restrictedIds] = event.restricted ? [itemIds(doc), ids] : [ids, itemIds(doc)];
        const theirs = outcomesOf(doc, !event.restricted);
        return {
          publicIds,
          restrictedSeen: restrictedIds,
          drafts: event.restricted ? outcomes : theirs,
          shared: event.restricted ? theirs : outcomes,
        };
      } finally {
        doc.destroy();
      }
    });
  }

  private async handle(
    event: AppliedEvent,
    ids: Set<string>,
    outcomes: Map<string, string>,
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
    const rows: Row[] = [];
    if (event.restricted) {
      for (const id of ids) t.restrictedSeen.add(id);
      rows.push(...outcomeRows(t.drafts, outcomes, false));
      t.drafts = outcomes;
    } else {
      for (const id of ids)
        if (!t.publicIds.has(id) && t.restrictedSeen.has(id))
          rows.push({ action: 'item.revealed', detail: { itemId: id } });
      t.publicIds = ids;
      rows.push(...outcomeRows(t.shared, outcomes, true));
      t.shared = outcomes;
    }
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
