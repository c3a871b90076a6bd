/**
 * The chair's edits `npm run bench:board` times on the family's open board, one per region, each
 * one transaction in the chair's documents (the shared write functions the board uses), with what
 * the family's page must show once it has drawn it, and how to put the board back (unmeasured)
 * so that every round starts from the same board. Markers carry the round number, so no edit can
 * be "seen" before it is made. All words are fictional.
 */
import { addAttendee, removeAttendee } from '@cb/shared/doc/attendance';
import { addItem, deleteItem, itemText, readBoard, readChildren, replaceText } from '@cb/shared/doc/board';
import { outcomeWords, readDecisions, setOutcome, shareDecision } from '@cb/shared/doc/decisions';
import { contingencyText, planRowText, readPlan } from '@cb/shared/doc/plan';
import { addRelative } from '@cb/shared/genogram/entry';
import { readGenogram, removePerson } from '@cb/shared/genogram/model';
import type { ChairDocs } from './boardChair.ts';
import { CARD_SECTIONS } from './boardSeed.ts';
import type { Condition } from './boardWatch.ts';

export const EDIT_KINDS = [
  'card',
  'cardText',
  'plan',
  'person',
  'attendee',
  'decision',
  'contingency',
] as const;
export type EditKind = (typeof EDIT_KINDS)[number];

export const EDIT_NAMES: Record<EditKind, string> = {
  card: 'a card added (its list)',
  cardText: 'a card’s words edited',
  plan: 'a plan row’s task edited',
  person: 'a person added (family tree canvas)',
  attendee: 'someone added (who is here)',
  decision: 'an outcome changed (decision)',
  contingency: 'a contingency plan edited',
};

export interface Edit {
  conditions: Condition[];
  apply(): void;
  /** Puts the board back, and what the page shows once it has. */
  undo?: { conditions: Condition[]; apply(): void };
}

const contains = (selector: string, text: string): Condition[] => [{ selector, text }];

/** The edit of `kind` for round `round` on this board. */
export function editFor(kind: EditKind, round: number, chair: ChairDocs): Edit {
  const { publicDoc: doc } = chair;
  const tag = `bench${round}`;
  const [child] = readChildren(doc);
  if (!child) throw new Error('the board has no children');
  switch (kind) {
    case 'card': {
      const section = CARD_SECTIONS[round % CARD_SECTIONS.length] ?? 'worries';
      const id = `bench-card-${round}`;
      const on = `[data-section="${section}"] [data-item-id="${id}"]`;
      return {
        conditions: [{ selector: on }],
        apply: () =>
          addItem(doc, section, { id, text: `A new card, ${tag}.`, createdAt: '2026-12-03T12:30:00Z' }),
        undo: { conditions: [{ selector: on, gone: true }], apply: () => deleteItem([doc], id) },
      };
    }
    case 'cardText': {
      const cards = CARD_SECTIONS.flatMap((s) => readBoard(doc, null).sections[s]);
      const card = cards[(round * 7) % cards.length];
      const text = card ? itemText([doc], card.id) : null;
      if (!card || !text) throw new Error('the board has no card to edit');
      const next = `${text.toString().replace(/ \(bench\d+\)$/, '')} (${tag})`;
      return {
        conditions: contains(`[data-item-id="${card.id}"]`, `(${tag})`),
        apply: () => replaceText(text, next),
      };
    }
    case 'plan': {
      const rows = readPlan(doc);
      const row = rows[round % rows.length];
      const task = row ? planRowText(doc, row.id, 'task') : null;
      if (!task) throw new Error('the board has no plan row');
      return {
        conditions: contains('section[aria-label="Plan"]', `task ${tag}`),
        apply: () => task.insert(task.length, ` (task ${tag})`),
      };
    }
    case 'person': {
      const [someone] = readGenogram(doc).people;
      if (!someone) throw new Error('the board has no family tree');
      const id = `bench-person-${round}`;
      let n = 0;
      const newId = () => (n++ === 0 ? id : `${id}-link-${n}`);
      const on = `section[aria-label="Genogram"] :is(.genogram-canvas__inner, .genogram-figure__svg) [data-person="${id}"]`;
      return {
        conditions: [{ selector: on }],
        apply: () =>
          addRelative(
            doc,
            { name: `Zak Bench${round}`, sex: 'male', age: 30 },
            { as: 'partner', of: someone.id, kind: 'separated' },
            newId,
          ),
        undo: { conditions: [{ selector: on, gone: true }], apply: () => removePerson(doc, id) },
      };
    }
    case 'attendee': {
      const id = `bench-attendee-${round}`;
      const name = `Vera Bench${round}`;
      const within = 'section[aria-label="Attendance"]';
      return {
        conditions: contains(within, name),
        apply: () => addAttendee(doc, { id, name, role: 'Visitor' }),
        undo: {
          conditions: [{ selector: within, text: name, gone: true }],
          apply: () => removeAttendee(doc, id),
        },
      };
    }
    case 'decision': {
      const now = readDecisions(doc, chair.restrictedDoc).find((d) => d.childId === child.id);
      const category = now?.category === 'neglect' ? 'emotional' : 'neglect';
      const words = outcomeWords('child-protection-plan', category, child.name);
      return {
        conditions: contains(`article[aria-label="Decision for ${child.name}"]`, words),
        // A draft in the professionals' document, then shared: only then does the family see it.
        apply: () => {
          setOutcome(doc, chair.restrictedDoc, child.id, { outcome: 'child-protection-plan', category });
          shareDecision(doc, chair.restrictedDoc, child.id);
        },
      };
    }
    case 'contingency': {
      const text = contingencyText(doc, child.id);
      return {
        conditions: contains('section[aria-label="Contingency plan"]', `plan B ${tag}`),
        apply: () => text.insert(text.length, ` (plan B ${tag})`),
      };
    }
  }
}
