/**
 * Control state that must survive a reconnect and a restart: stage, presenter focus, raised
 * hands, suggestions. Names on hands and suggestion text are sealed.
 */
import type { Stage } from '@cb/shared/doc/schema';
import type { FocusSection, RaisedHand, RoomView, Suggestion } from '@cb/shared/protocol';
import type { Sealed } from './common.ts';

export interface RoomStatePort {
  /** `part-one`, no focus and the whole board for a conference never set. */
  getRoom(conferenceId: string): Promise<{ stage: Stage; focus: FocusSection | null; screen: RoomView }>;
  /** Applies the patch to the current state in one transaction. */
  setRoom(
    conferenceId: string,
    patch: { stage?: Stage; focus?: FocusSection | null; screen?: RoomView },
    at: string,
  ): Promise<void>;
  /** Oldest first. */
  listHands(conferenceId: string): Promise<RaisedHand[]>;
  /** Raising a hand that is up already keeps the first one. */
  raiseHand(conferenceId: string, hand: RaisedHand): Promise<void>;
  /** False when that hand was not up. */
  lowerHand(conferenceId: string, key: string): Promise<boolean>;
  createSuggestion(conferenceId: string, suggestion: Suggestion, authorKey: string): Promise<void>;
  /** Oldest first. */
  listSuggestions(
    conferenceId: string,
    status: Suggestion['status'],
  ): Promise<(Suggestion & { authorKey: string })[]>;
  /** Moves an open suggestion to accepted or dismissed; false when it was not open. */
  resolveSuggestion(
    conferenceId: string,
    id: string,
    status: 'accepted' | 'dismissed',
    at: string,
  ): Promise<boolean>;
}

export type SealedHand = Omit<RaisedHand, 'name'> & { name: Sealed };
/** `body` seals the suggestion's text and author as JSON: {text, by}. */
export type SealedSuggestion = Omit<Suggestion, 'text' | 'by'> & { body: Sealed };

/** What a backend implements: RoomStatePort with names and suggestion bodies sealed. */
export interface RoomStateBackend {
  getRoom: RoomStatePort['getRoom'];
  setRoom: RoomStatePort['setRoom'];
  listHands(conferenceId: string): Promise<SealedHand[]>;
  raiseHand(conferenceId: string, hand: SealedHand): Promise<void>;
  lowerHand: RoomStatePort['lowerHand'];
  createSuggestion(conferenceId: string, suggestion: SealedSuggestion, authorKey: string): Promise<void>;
  listSuggestions(
    conferenceId: string,
    status: Suggestion['status'],
  ): Promise<(SealedSuggestion & { authorKey: string })[]>;
  resolveSuggestion: RoomStatePort['resolveSuggestion'];
}
