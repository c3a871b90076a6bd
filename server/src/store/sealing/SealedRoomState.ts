/** Room state with the names on raised hands and the suggestions' text and author sealed. */
import type { Suggestion } from '@cb/shared/protocol';
import type { Cipher } from '../../crypto.ts';
import type { RoomStateBackend, RoomStatePort } from '../ports/roomState.ts';
import { AAD } from './aad.ts';

export class SealedRoomState implements RoomStatePort {
  constructor(
    private readonly rows: RoomStateBackend,
    private readonly cipher: Cipher,
  ) {}

  getRoom: RoomStatePort['getRoom'] = (...a) => this.rows.getRoom(...a);
  setRoom: RoomStatePort['setRoom'] = (...a) => this.rows.setRoom(...a);
  lowerHand: RoomStatePort['lowerHand'] = (...a) => this.rows.lowerHand(...a);
  resolveSuggestion: RoomStatePort['resolveSuggestion'] = (...a) => this.rows.resolveSuggestion(...a);

  listHands: RoomStatePort['listHands'] = async (conferenceId) =>
    (await this.rows.listHands(conferenceId)).map((h) => ({
      ...h,
      name: this.cipher.decryptText(h.name, AAD.handName(conferenceId, h.key)),
    }));

  raiseHand: RoomStatePort['raiseHand'] = (conferenceId, hand) =>
    this.rows.raiseHand(conferenceId, {
      ...hand,
      name: this.cipher.encryptText(hand.name, AAD.handName(conferenceId, hand.key)),
    });

  createSuggestion: RoomStatePort['createSuggestion'] = (conferenceId, suggestion, authorKey) => {
    const { text, by, ...rest } = suggestion;
    const body = this.cipher.encryptText(JSON.stringify({ text, by }), AAD.suggestionBody(suggestion.id));
    return this.rows.createSuggestion(conferenceId, { ...rest, body }, authorKey);
  };

  listSuggestions: RoomStatePort['listSuggestions'] = async (conferenceId, status) =>
    (await this.rows.listSuggestions(conferenceId, status)).map(({ body, ...rest }) => {
      const opened = JSON.parse(this.cipher.decryptText(body, AAD.suggestionBody(rest.id))) as Pick<
        Suggestion,
        'text' | 'by'
      >;
      return { ...rest, text: opened.text, by: opened.by };
    });
}
