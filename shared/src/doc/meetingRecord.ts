/**
 * What the chair records about how the meeting ran, for the professionals' minutes: each child's
 * participation (attended, seen alone, how their views were given, or why not), whether an
 * interpreter was needed and for which language, and anyone asked to leave for part of the
 * meeting (who, which part, why). All in the RESTRICTED document's meta: a note on why a child was
 * not there, or why a parent was asked to leave, never reaches the family's screen or copy.
 * Values are plain (one chair writes them); reading is tolerant, a bad value reads as absent.
 */
import type * as Y from 'yjs';
import { z } from 'zod';
import { cleanText } from '../text.ts';
import { LOCAL_ORIGIN } from './board.ts';
import { docParts } from './schema.ts';

const text = (max: number) => z.string().transform(cleanText).pipe(z.string().trim().max(max));

/** How the child's wishes and feelings reached the conference. */
export const VIEWS_BY = ['themselves', 'advocate', 'social-worker', 'written', 'not-given'] as const;
export type ViewsBy = (typeof VIEWS_BY)[number];

export const VIEWS_BY_WORDS: Record<ViewsBy, string> = {
  themselves: 'Said by the child at the conference',
  advocate: 'Through an advocate',
  'social-worker': 'Through the social worker',
  written: 'In writing, a picture or a recording',
  'not-given': 'Not given',
};

export const childParticipationSchema = z.object({
  attended: z.boolean(),
  seenAlone: z.boolean(),
  viewsBy: z.enum(VIEWS_BY),
  /** Why not, or anything else worth knowing. */
  note: text(500),
});
export type ChildParticipation = z.infer<typeof childParticipationSchema>;

export const EMPTY_PARTICIPATION: ChildParticipation = {
  attended: false,
  seenAlone: false,
  viewsBy: 'not-given',
  note: '',
};

export const interpreterSchema = z.object({ needed: z.boolean(), language: text(80) });
export type Interpreter = z.infer<typeof interpreterSchema>;

export const exclusionSchema = z.object({
  id: z.string().min(1).max(100),
  who: text(120).pipe(z.string().min(1, 'Say who was asked to leave')),
  /** Which part of the meeting, e.g. "While the police shared information". */
  part: text(200).pipe(z.string().min(1, 'Say which part of the meeting')),
  reason: text(500).pipe(z.string().min(1, 'Say why')),
});
export type Exclusion = z.infer<typeof exclusionSchema>;

const participationKey = (childId: string) => `participation:${childId}`;

/** Each child's participation as recorded, in the order given; children with none are left out. */
export function readChildParticipation(
  restrictedDoc: Y.Doc,
  childIds: readonly string[],
): (ChildParticipation & { childId: string })[] {
  const meta = docParts(restrictedDoc).meta;
  return childIds.flatMap((childId) => {
    const read = childParticipationSchema.safeParse(meta.get(participationKey(childId)));
    return read.success ? [{ childId, ...read.data }] : [];
  });
}

/** Every child's participation as recorded, by child id (for a view that picks its children later). */
export function readParticipationByChild(restrictedDoc: Y.Doc): Record<string, ChildParticipation> {
  const out: Record<string, ChildParticipation> = {};
  for (const [key, value] of docParts(restrictedDoc).meta.entries()) {
    if (!key.startsWith('participation:')) continue;
    const read = childParticipationSchema.safeParse(value);
    if (read.success) out[key.slice('participation:'.length)] = read.data;
  }
  return out;
}

/** Records a change to one child's participation (the rest as it was). Throws on a bad value. */
export function setChildParticipation(
  restrictedDoc: Y.Doc,
  childId: string,
  patch: Partial<ChildParticipation>,
): void {
  const meta = docParts(restrictedDoc).meta;
  const before = childParticipationSchema.safeParse(meta.get(participationKey(childId)));
  const next = childParticipationSchema.parse({
    ...(before.success ? before.data : EMPTY_PARTICIPATION),
    ...patch,
  });
  restrictedDoc.transact(() => meta.set(participationKey(childId), next), LOCAL_ORIGIN);
}

export function readInterpreter(restrictedDoc: Y.Doc): Interpreter | null {
  const read = interpreterSchema.safeParse(docParts(restrictedDoc).meta.get('interpreter'));
  return read.success ? read.data : null;
}

export function setInterpreter(restrictedDoc: Y.Doc, value: Interpreter): void {
  const valid = interpreterSchema.parse(value);
  restrictedDoc.transact(() => docParts(restrictedDoc).meta.set('interpreter', valid), LOCAL_ORIGIN);
}

export function readExclusions(restrictedDoc: Y.Doc): Exclusion[] {
  const raw = docParts(restrictedDoc).meta.get('exclusions');
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((e) => {
    const read = exclusionSchema.safeParse(e);
    return read.success ? [read.data] : [];
  });
}

/** Adds a record of someone asked to leave. Throws (zod) when a field is missing. */
export function addExclusion(restrictedDoc: Y.Doc, exclusion: Exclusion): void {
  const valid = exclusionSchema.parse(exclusion);
  restrictedDoc.transact(
    () => docParts(restrictedDoc).meta.set('exclusions', [...readExclusions(restrictedDoc), valid]),
    LOCAL_ORIGIN,
  );
}

export function removeExclusion(restrictedDoc: Y.Doc, id: string): void {
  restrictedDoc.transact(
    () =>
      docParts(restrictedDoc).meta.set(
        'exclusions',
        readExclusions(restrictedDoc).filter((e) => e.id !== id),
      ),
    LOCAL_ORIGIN,
  );
}
