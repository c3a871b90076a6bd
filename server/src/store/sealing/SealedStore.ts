/**
 * THE encryption wrapper: a Store made of a backend (ports/backend.ts, sealed bytes only) and the
 * data key. Every secret field is sealed here on the way in and opened on the way out, with the
 * AAD strings of aad.ts, so any backend that passes the contract suite gets the same encryption
 * at rest. Accounts and the audit log hold nothing sealed and pass straight through.
 */
import type { Cipher } from '../../crypto.ts';
import type { StoreBackend } from '../ports/backend.ts';
import type { ClosingPort } from '../ports/closing.ts';
import type { Store } from '../Store.ts';
import { AAD } from './aad.ts';
import { SealedConferences } from './SealedConferences.ts';
import { SealedDocuments } from './SealedDocuments.ts';
import { SealedLinks } from './SealedLinks.ts';
import { SealedRoomState } from './SealedRoomState.ts';
import { SealedSnapshots } from './SealedSnapshots.ts';

/** What the emptied conference row is called from then on (the title was personal data). */
export const PURGED_TITLE = 'Records removed under the retention policy';

export class SealedStore implements Store {
  readonly kind: string;
  private readonly conferences: SealedConferences;
  private readonly links: SealedLinks;
  private readonly documents: SealedDocuments;
  private readonly roomState: SealedRoomState;
  private readonly snapshots: SealedSnapshots;

  constructor(
    private readonly backend: StoreBackend,
    private readonly cipher: Cipher,
  ) {
    this.kind = backend.lifecycle.kind;
    this.conferences = new SealedConferences(backend.conferences, cipher);
    this.links = new SealedLinks(backend.links, cipher);
    this.documents = new SealedDocuments(backend.documents, cipher);
    this.roomState = new SealedRoomState(backend.roomState, cipher);
    this.snapshots = new SealedSnapshots(backend.snapshots, cipher);
  }

  ping: Store['ping'] = () => this.backend.lifecycle.ping();
  close: Store['close'] = () => this.backend.lifecycle.close();

  // staff and sessions: nothing sealed
  createStaffUser: Store['createStaffUser'] = (...a) => this.backend.accounts.createStaffUser(...a);
  findStaffUserByEmail: Store['findStaffUserByEmail'] = (...a) =>
    this.backend.accounts.findStaffUserByEmail(...a);
  findStaffUser: Store['findStaffUser'] = (...a) => this.backend.accounts.findStaffUser(...a);
  listStaffUsers: Store['listStaffUsers'] = () => this.backend.accounts.listStaffUsers();
  countStaffUsers: Store['countStaffUsers'] = () => this.backend.accounts.countStaffUsers();
  createSession: Store['createSession'] = (...a) => this.backend.accounts.createSession(...a);
  findSession: Store['findSession'] = (...a) => this.backend.accounts.findSession(...a);
  deleteSession: Store['deleteSession'] = (...a) => this.backend.accounts.deleteSession(...a);
  deleteExpiredSessions: Store['deleteExpiredSessions'] = (...a) =>
    this.backend.accounts.deleteExpiredSessions(...a);

  // conferences
  createConference: Store['createConference'] = (...a) => this.conferences.createConference(...a);
  findConference: Store['findConference'] = (...a) => this.conferences.findConference(...a);
  listConferences: Store['listConferences'] = (...a) => this.conferences.listConferences(...a);
  startConference: Store['startConference'] = (...a) => this.conferences.startConference(...a);
  recordDistribution: Store['recordDistribution'] = (...a) => this.conferences.recordDistribution(...a);
  listDistribution: Store['listDistribution'] = (...a) => this.conferences.listDistribution(...a);
  saveReport: Store['saveReport'] = (...a) => this.conferences.saveReport(...a);
  listReports: Store['listReports'] = (...a) => this.conferences.listReports(...a);
  saveInvitation: Store['saveInvitation'] = (...a) => this.conferences.saveInvitation(...a);
  listInvitations: Store['listInvitations'] = (...a) => this.conferences.listInvitations(...a);

  // links and participants
  createLink: Store['createLink'] = (...a) => this.links.createLink(...a);
  findLinkByTokenHash: Store['findLinkByTokenHash'] = (...a) => this.links.findLinkByTokenHash(...a);
  findLink: Store['findLink'] = (...a) => this.links.findLink(...a);
  listLinks: Store['listLinks'] = (...a) => this.links.listLinks(...a);
  revokeLink: Store['revokeLink'] = (...a) => this.links.revokeLink(...a);
  createParticipant: Store['createParticipant'] = (...a) => this.links.createParticipant(...a);
  findParticipantByTokenHash: Store['findParticipantByTokenHash'] = (...a) =>
    this.links.findParticipantByTokenHash(...a);
  findParticipant: Store['findParticipant'] = (...a) => this.links.findParticipant(...a);
  listParticipants: Store['listParticipants'] = (...a) => this.links.listParticipants(...a);
  setParticipantStatus: Store['setParticipantStatus'] = (...a) => this.links.setParticipantStatus(...a);

  // documents
  appendUpdates: Store['appendUpdates'] = (...a) => this.documents.appendUpdates(...a);
  appendUpdateBatches: Store['appendUpdateBatches'] = (...a) => this.documents.appendUpdateBatches(...a);
  loadUpdates: Store['loadUpdates'] = (...a) => this.documents.loadUpdates(...a);
  compact: Store['compact'] = (...a) => this.documents.compact(...a);

  // control state
  getRoom: Store['getRoom'] = (...a) => this.roomState.getRoom(...a);
  setRoom: Store['setRoom'] = (...a) => this.roomState.setRoom(...a);
  listHands: Store['listHands'] = (...a) => this.roomState.listHands(...a);
  raiseHand: Store['raiseHand'] = (...a) => this.roomState.raiseHand(...a);
  lowerHand: Store['lowerHand'] = (...a) => this.roomState.lowerHand(...a);
  createSuggestion: Store['createSuggestion'] = (...a) => this.roomState.createSuggestion(...a);
  listSuggestions: Store['listSuggestions'] = (...a) => this.roomState.listSuggestions(...a);
  resolveSuggestion: Store['resolveSuggestion'] = (...a) => this.roomState.resolveSuggestion(...a);

  // snapshots
  appendSnapshot: Store['appendSnapshot'] = (...a) => this.snapshots.appendSnapshot(...a);
  listSnapshots: Store['listSnapshots'] = (...a) => this.snapshots.listSnapshots(...a);
  getSnapshot: Store['getSnapshot'] = (...a) => this.snapshots.getSnapshot(...a);
  listSnapshotConferences: Store['listSnapshotConferences'] = () => this.snapshots.listSnapshotConferences();

  // closing and retention
  closeConference: Store['closeConference'] = (...a) => this.backend.closing.closeConference(...a);
  listConferencesClosedBefore: Store['listConferencesClosedBefore'] = (...a) =>
    this.backend.closing.listConferencesClosedBefore(...a);
  purgeConference: ClosingPort['purgeConference'] = (id, cutoff, at) =>
    this.backend.closing.purgeConference(
      id,
      cutoff,
      at,
      this.cipher.encryptText(PURGED_TITLE, AAD.conferenceTitle(id)),
    );

  // audit: ids and codes only, nothing sealed
  audit: Store['audit'] = (...a) => this.backend.audit.audit(...a);
  listAudit: Store['listAudit'] = (...a) => this.backend.audit.listAudit(...a);
}
