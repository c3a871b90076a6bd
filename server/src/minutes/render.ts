/**
 * One export, start to finish, from a snapshot's bytes: decode the documents, read the minutes,
 * render them. Pure work with no I/O, so it can run on a worker thread (renderPool.ts) and keep
 * the event loop free for the live conferences while a 6 MB board is laid out as a PDF.
 */
import * as Y from 'yjs';
import { minutesFromDoc } from '@cb/shared/minutes/minutesFromDoc';
import type { Audience, Minutes, MinutesContext } from '@cb/shared/minutes/types';
import { letterDocx, minutesDocx, planDocx } from './docx.ts';
import { letterHtml, minutesHtml, planHtml } from './html.ts';
import { letterPdf, minutesPdf, planPdf } from './pdf.ts';

/** `letter`: the family's decision letter, only ever from the family audience. */
export type ExportWhat = 'minutes' | 'plan' | 'letter';
export type ExportFormat = 'html' | 'pdf' | 'docx' | 'json';

export interface RenderJob {
  what: ExportWhat;
  format: ExportFormat;
  audience: Audience;
  publicState: Uint8Array;
  /** Null for the family's copy: the professionals-only document is never even decoded for it. */
  restrictedState: Uint8Array | null;
  context: MinutesContext;
}

const RENDER: Record<
  ExportWhat,
  Record<Exclude<ExportFormat, 'json'>, (m: Minutes) => string | Promise<Buffer>>
> = {
  minutes: { html: minutesHtml, pdf: minutesPdf, docx: minutesDocx },
  plan: { html: planHtml, pdf: planPdf, docx: planDocx },
  letter: { html: letterHtml, pdf: letterPdf, docx: letterDocx },
};

function docOf(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc;
}

export function minutesOf(
  job: Pick<RenderJob, 'audience' | 'publicState' | 'restrictedState' | 'context'>,
): Minutes {
  const publicDoc = docOf(job.publicState);
  const restrictedDoc = job.audience === 'full' && job.restrictedState ? docOf(job.restrictedState) : null;
  try {
    return minutesFromDoc({ publicDoc, restrictedDoc }, job.context, job.audience);
  } finally {
    publicDoc.destroy();
    restrictedDoc?.destroy();
  }
}

/** The file's bytes (PDF, Word) or text (HTML, JSON). */
export async function renderExport(job: RenderJob): Promise<string | Uint8Array> {
  if (job.what === 'letter' && (job.audience !== 'family' || job.restrictedState !== null)) {
    throw new Error('renderExport: the letter is made from the family’s copy only');
  }
  const minutes = minutesOf(job);
  if (job.format === 'json') return JSON.stringify(minutes, null, 2);
  return RENDER[job.what][job.format](minutes);
}
