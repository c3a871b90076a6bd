/**
 * Links per role: making one (its token is returned once, only its hash is kept) and revoking one
 * (everyone connected through it is disconnected at once). Used by the HTTP edge (routes/links.ts).
 */
import { randomUUID } from 'node:crypto';
import type { CreateLinkBody } from '@cb/shared/api';
import { CloseCode } from '@cb/shared/protocol';
import { actorOf, actorText } from './actor.ts';
import { auditLog } from './audit.ts';
import { hashToken, newToken } from './crypto.ts';
import { DomainError, notFound } from './errors.ts';
import type { Bus } from './bus/Bus.ts';
import type { Hub } from './hub.ts';
import type { ConferenceRow, LinkRow, Store } from './store/Store.ts';

/** Who is asking, as far as links care: a manager of this conference. */
export interface LinkManager {
  conference: ConferenceRow;
  staff: { user: { id: string } } | null;
  participant: { id: string } | null;
  role: string;
}

export class LinkService {
  constructor(
    private readonly store: Store,
    private readonly hub: Hub,
    private readonly bus: Bus,
  ) {}

  /** A closed conference has no one left to let in: its records are read from the admin page. */
  ensureOpen(access: LinkManager): void {
    if (access.conference.status === 'closed' || access.conference.purgedAt) {
      throw new DomainError(
        'conflict',
        'CONFERENCE_CLOSED',
        'This conference has been closed, so no new links can be made.',
      );
    }
  }

  async create(access: LinkManager, body: CreateLinkBody): Promise<{ link: LinkRow; token: string }> {
    this.ensureOpen(access);
    const token = newToken();
    const actor = actorOf(access);
    const link: LinkRow = {
      id: randomUUID(),
      conferenceId: access.conference.id,
      role: body.role,
      label: body.label,
      tokenHash: hashToken(token),
      createdBy: actorText(actor),
      createdAt: new Date().toISOString(),
      expiresAt: body.expiresAt ? new Date(body.expiresAt).toISOString() : null,
      revokedAt: null,
    };
    await this.store.createLink(link);
    await auditLog(this.store).record(
      actor,
      'link-created',
      link.conferenceId,
      { linkId: link.id, role: link.role, expiresAt: link.expiresAt },
      { at: link.createdAt },
    );
    return { link, token };
  }

  async list(access: LinkManager): Promise<LinkRow[]> {
    return this.store.listLinks(access.conference.id);
  }

  async revoke(access: LinkManager, linkId: string): Promise<void> {
    const link = await this.store.findLink(linkId);
    if (!link || link.conferenceId !== access.conference.id) throw notFound('That link');
    const at = new Date().toISOString();
    await this.store.revokeLink(link.id, at);
    const closed = this.hub.end({ linkId: link.id }, CloseCode.linkRevoked);
    await auditLog(this.store).record(
      actorOf(access),
      'link-revoked',
      link.conferenceId,
      { linkId: link.id, connectionsClosed: closed },
      { at },
    );
    this.bus.publish({ type: 'lobbyChanged', conferenceId: link.conferenceId });
  }
}
