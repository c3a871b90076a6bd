/**
 * The lobby: people who opened a professional, family or room-screen link wait here until the
 * chair lets them in. Decisions come from the chair over HTTP or /control and land here.
 */
import type { DecisionOptions, LobbyEntry, ParticipantStatus } from '@cb/shared/protocol';
import { CloseCode, DEFAULT_COOL_OFF_MINUTES, revokesLinkByDefault } from '@cb/shared/protocol';
import type { Bus } from './bus/Bus.ts';
import { DomainError, notFound } from './errors.ts';
import type { Hub } from './hub.ts';
import type { ParticipantRow, Store } from './store/Store.ts';
import type { ConferenceAccess } from './access.ts';
import { actorOf, type Actor } from './actor.ts';
import { auditLog } from './audit.ts';
import { markStarted } from './conferenceStart.ts';

export type Decision = 'admit' | 'refuse' | 'remove';

const NEXT: Record<Decision, { from: ParticipantStatus[]; to: ParticipantStatus }> = {
  admit: { from: ['waiting'], to: 'admitted' },
  refuse: { from: ['waiting'], to: 'refused' },
  remove: { from: ['waiting', 'admitted'], to: 'removed' },
};

const ACTION = { admit: 'admitted', refuse: 'refused', remove: 'removed' } as const;

export class LobbyService {
  constructor(
    private readonly store: Store,
    private readonly hub: Hub,
    private readonly bus: Bus,
  ) {}

  async waiting(conferenceId: string): Promise<LobbyEntry[]> {
    const [people, links] = await Promise.all([
      this.store.listParticipants(conferenceId, 'waiting'),
      this.store.listLinks(conferenceId),
    ]);
    const live = new Map(links.filter((l) => l.revokedAt === null).map((l) => [l.id, l]));
    return people.flatMap((p) => {
      const link = live.get(p.linkId);
      return link
        ? [{ participantId: p.id, name: p.name, role: p.role, linkLabel: link.label, since: p.createdAt }]
        : [];
    });
  }

  /**
   * Admit, refuse or remove someone. Refusing or removing also ends their link when asked (by
   * default for family and room-screen links), and keeps their device from asking again for the
   * cooling-off period the chair chose.
   */
  async decide(
    chair: ConferenceAccess,
    participantId: string,
    decision: Decision,
    options: DecisionOptions = {},
  ): Promise<ParticipantRow> {
    const conferenceId = chair.conference.id;
    const actor = actorOf(chair);
    const participant = await this.store.findParticipant(participantId);
    if (!participant || participant.conferenceId !== conferenceId) throw notFound('That person');
    const rule = NEXT[decision];
    if (!rule.from.includes(participant.status)) {
      throw new DomainError(
        'conflict',
        'ALREADY_DECIDED',
        `${participant.name} is no longer waiting (${participant.status}).`,
      );
    }
    const turnedAway = decision !== 'admit';
    const revokeLink = turnedAway && (options.revokeLink ?? revokesLinkByDefault(participant.role));
    const now = Date.now();
    const at = new Date(now).toISOString();
    const coolOffMinutes = turnedAway ? (options.coolOffMinutes ?? DEFAULT_COOL_OFF_MINUTES) : 0;
    const coolOffUntil = coolOffMinutes > 0 ? new Date(now + coolOffMinutes * 60_000).toISOString() : null;
    await this.store.setParticipantStatus(participantId, rule.to, at, coolOffUntil);
    await auditLog(this.store).record(
      actor,
      ACTION[decision],
      conferenceId,
      turnedAway
        ? { participantId, role: participant.role, linkRevoked: revokeLink, coolOffMinutes }
        : { participantId, role: participant.role },
      { at },
    );
    // Letting a family member in begins the conference, if moving on from the professionals' meeting has not.
    if (decision === 'admit' && participant.role === 'family')
      await markStarted(this.store, chair, 'admission', at);
    const updated: ParticipantRow = { ...participant, status: rule.to, decidedAt: at, coolOffUntil };
    // Told first, so their screen says why before their connection ends.
    this.bus.publish({ type: 'participantStatus', participant: updated, linkEnded: revokeLink });
    this.bus.publish({ type: 'lobbyChanged', conferenceId });
    if (turnedAway) this.hub.end({ participantId }, CloseCode.removed);
    if (revokeLink) await this.revokeLinkOf(updated, actor, at);
    return updated;
  }

  /** Ends the link someone came by: anyone else who joined through it is disconnected too. */
  private async revokeLinkOf(participant: ParticipantRow, actor: Actor, at: string): Promise<void> {
    await this.store.revokeLink(participant.linkId, at);
    const closed = this.hub.end({ linkId: participant.linkId }, CloseCode.linkRevoked);
    await auditLog(this.store).record(
      actor,
      'link-revoked',
      participant.conferenceId,
      {
        linkId: participant.linkId,
        connectionsClosed: closed,
        with: participant.status,
        participantId: participant.id,
      },
      { at },
    );
  }
}
