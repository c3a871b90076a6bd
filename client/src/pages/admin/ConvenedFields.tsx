/**
 * Why and from when a conference is convened: the strategy discussion (for a transfer-in, the
 * date the other authority's notification came) and the reason. The date says at once when the
 * conference is due (local procedures: 15 working days later) and whether the date chosen is late.
 */
import type { ConferenceKind } from '@cb/shared/api';
import { londonDate } from '@cb/shared/londonDate';
import { DEFAULT_PROCEDURES, type Procedures } from '@cb/shared/procedures';
import { initialConferenceDueBy } from '@cb/shared/workingDays';
import { Field } from '../../components/Field.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formatCalendarDate, ukLocalToIso } from '../../format.ts';
import type { ConferenceDraft } from './conferenceDraft.ts';

interface Props {
  kind: ConferenceKind;
  draft: ConferenceDraft;
  errors: Record<string, string>;
  procedures?: Procedures | undefined;
  onDate(value: string): void;
  onReason(value: string): void;
}

/** "Due by Thursday 3 December 2026 …", or null without a real date. */
export function dueWords(
  draft: ConferenceDraft,
  kind: ConferenceKind,
  procedures: Procedures,
): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.strategyDiscussionOn)) return null;
  const due = initialConferenceDueBy(kind, draft.strategyDiscussionOn, procedures);
  if (!due) return null;
  const n = procedures.initialConferenceWithinWorkingDays;
  const words = `The conference is due by ${formatCalendarDate(due)} (${n} working days later).`;
  const at = ukLocalToIso(draft.scheduled);
  return at && londonDate(at) > due
    ? `${words} The date chosen is after that: it will be flagged as booked late.`
    : words;
}

export function ConvenedFields({
  kind,
  draft,
  errors,
  procedures = DEFAULT_PROCEDURES,
  onDate,
  onReason,
}: Props) {
  const transfer = kind === 'transfer-in';
  const due = dueWords(draft, kind, procedures);
  const within = `the conference is due within ${procedures.initialConferenceWithinWorkingDays} working days`;
  return (
    <>
      <TextField
        label={transfer ? 'Date of the transfer-in notification' : 'Date of the strategy discussion'}
        optional
        hint={
          due ??
          (transfer
            ? `When the other authority told us the family had moved: ${within}.`
            : `The strategy discussion that decided to convene it: ${within}.`)
        }
        error={errors.strategyDiscussionOn}
        type="date"
        value={draft.strategyDiscussionOn}
        onChange={onDate}
      />
      <Field
        label="Why the conference is being convened"
        optional
        hint="A sentence or two: what the strategy discussion found. It is in the minutes and the family’s letter."
        error={errors.reason}
      >
        {(control) => (
          <textarea
            {...control}
            rows={3}
            maxLength={1000}
            value={draft.reason}
            onChange={(event) => onReason(event.target.value)}
          />
        )}
      </Field>
    </>
  );
}
