/**
 * Danger statements and safety goals (Signs of Safety), used when the chair turns them on for the
 * conference (board settings, like the safety scale): each statement says in plain words what the
 * professionals are worried will happen, sums up the worries it is linked to, has the safety goal
 * that answers it, and a scale (0–10) of where things are now. In the PUBLIC document: they are
 * written with and for the family. Stored as one plain list in meta (the chair alone writes it);
 * reading is tolerant, a bad entry is skipped.
 */
import type * as Y from 'yjs';
import { z } from 'zod';
import { cleanText } from '../text.ts';
import { LOCAL_ORIGIN } from './board.ts';
import { docParts } from './schema.ts';

const KEY = 'dangerStatementList';
const text = (max: number) => z.string().transform(cleanText).pipe(z.string().trim().max(max));

export const dangerStatementSchema = z.object({
  id: z.string().min(1).max(100),
  text: text(1000).pipe(z.string().min(1, 'Write the danger statement')),
  safetyGoal: text(1000),
  /** Where things are now on this statement, 0–10; null until the conference says. */
  scale: z.number().int().min(0).max(10).nullable(),
  /** The worries it sums up. */
  worryIds: z.array(z.string().min(1).max(100)).max(200),
  /** The children it is about; empty: all of them. */
  childIds: z.array(z.string().min(1).max(100)).max(20),
});
export type DangerStatement = z.infer<typeof dangerStatementSchema>;

export function readDangerStatements(doc: Y.Doc): DangerStatement[] {
  const raw = docParts(doc).meta.get(KEY);
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((e) => {
    const read = dangerStatementSchema.safeParse(e);
    return read.success ? [read.data] : [];
  });
}

function write(doc: Y.Doc, list: DangerStatement[]): void {
  doc.transact(() => docParts(doc).meta.set(KEY, list), LOCAL_ORIGIN);
}

/** Adds a statement. Throws (zod, plain words) when it has no text. */
export function addDangerStatement(doc: Y.Doc, statement: DangerStatement): void {
  write(doc, [...readDangerStatements(doc), dangerStatementSchema.parse(statement)]);
}

/** Changes one statement; an unknown id changes nothing. Throws on a bad value. */
export function updateDangerStatement(
  doc: Y.Doc,
  id: string,
  patch: Partial<Omit<DangerStatement, 'id'>>,
): void {
  const list = readDangerStatements(doc);
  if (!list.some((s) => s.id === id)) return;
  write(
    doc,
    list.map((s) => (s.id === id ? dangerStatementSchema.parse({ ...s, ...patch, id }) : s)),
  );
}

export function removeDangerStatement(doc: Y.Doc, id: string): void {
  write(
    doc,
    readDangerStatements(doc).filter((s) => s.id !== id),
  );
}
