/**
 * Professionals' views on the decision, given from their own device over /control. Professionals
 * may not write documents, so the server writes the view into the restricted document on their
 * behalf, under the name and participant their access says they are (never what the payload says).
 */
import { removeView, setView } from '@cb/shared/doc/decisions';
import { docNameFor, type ViewSet, type ViewWithdraw } from '@cb/shared/protocol';
import type { ConferenceAccess } from '../access.ts';
import { actorOf } from '../actor.ts';
import { DomainError } from '../errors.ts';
import type { Store } from '../store/Store.ts';
import type { DocWriter } from '../sync/roomTypes.ts';
import { auditLog } from '../audit.ts';

/** Why someone other than a professional cannot give a view this way, in plain words. */
const NOT_YOURS: Record<Exclude<ConferenceAccess['role'], 'professional'>, string> = {
  chair: 'As the chair, you record views on the board directly.',
  family: 'Views on the decision are given by the professionals.',
  display: 'The room’s screen cannot give a view.',
  admin: 'Administrators look on and cannot give a view.',
};

export class DecisionViews {
  constructor(
    private readonly store: Store,
    private readonly docs: DocWriter,
  ) {}

  /** Checks that this person may give a view about this child now; returns their participant id. */
  private async check(access: ConferenceAccess, childId: string): Promise<string> {
    if (access.role !== 'professional')
      throw new DomainError('forbidden', 'FORBIDDEN', NOT_YOURS[access.role]);
    // A professional is always someone who joined by link; the view is theirs by participant id.
    if (!access.participant) throw new DomainError('forbidden', 'FORBIDDEN', 'Please open your link again.');
    const { stage } = await this.store.getRoom(access.conference.id);
    if (access.conference.status === 'closed' || stage === 'closed') {
      throw new DomainError(
        'conflict',
        'CONFERENCE_CLOSED',
        'This conference has been closed, so views can no longer be given or changed.',
      );
    }
    if (!access.conference.children.some((c) => c.id === childId)) {
      throw new DomainError('not-found', 'NOT_FOUND', 'That child is not part of this conference.');
    }
    return access.participant.id;
  }

  async give(access: ConferenceAccess, input: ViewSet): Promise<void> {
    const participantId = await this.check(access, input.childId);
    const conferenceId = access.conference.id;
    await this.docs.change(docNameFor(conferenceId, true), (doc) => {
      setView(doc, input.childId, {
        participantId,
        name: access.name,
        agency: input.agency,
        thresholdMet: input.thresholdMet,
        category: input.category,
        dissents: input.dissents,
        dissentReasons: input.dissentReasons,
      });
    });
    // The view itself is the person's professional judgement: it stays in the restricted document.
    await auditLog(this.store).record(actorOf(access), 'view-given', conferenceId, {
      childId: input.childId,
    });
  }

  async withdraw(access: ConferenceAccess, input: ViewWithdraw): Promise<void> {
    const participantId = await this.check(access, input.childId);
    const conferenceId = access.conference.id;
    let removed = false;
    await this.docs.change(docNameFor(conferenceId, true), (doc) => {
      removed = removeView(doc, input.childId, { participantId, name: access.name });
    });
    if (!removed) return;
    await auditLog(this.store).record(actorOf(access), 'view-withdrawn', conferenceId, {
      childId: input.childId,
    });
  }
}
