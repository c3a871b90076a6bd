/**
 * What a sync socket's messages may cost before its room takes them. A person still waiting in
 * the lobby keeps only what the handshake needs: their latest sync step 1 (a state vector) and
 * their latest awareness message, each bounded; anything else closes the socket. An admitted
 * socket waiting for its document to load keeps its messages in order, bounded in bytes.
 */
import * as decoding from 'lib0/decoding';
import { CloseCode, LIMITS } from '@cb/shared/protocol';
import { MESSAGE_AWARENESS, MESSAGE_QUERY_AWARENESS, MESSAGE_SYNC } from './roomTypes.ts';

const SYNC_STEP_1 = 0;

export class HeldMessages {
  private step1: Uint8Array | null = null;
  private awareness: Uint8Array | null = null;
  private readonly loading: Uint8Array[] = [];
  private loadingBytes = 0;

  /** Keeps `message`; returns the close code when the socket must be closed instead. */
  keep(message: Uint8Array, inLobby: boolean): CloseCode | null {
    if (!inLobby) {
      this.loadingBytes += message.byteLength;
      if (this.loadingBytes > LIMITS.maxLoadingBytes) return CloseCode.messageTooLarge;
      this.loading.push(message);
      return null;
    }
    let type: number;
    let step = -1;
    try {
      const decoder = decoding.createDecoder(message);
      type = decoding.readVarUint(decoder);
      if (type === MESSAGE_SYNC) step = decoding.readVarUint(decoder);
    } catch {
      return CloseCode.malformed;
    }
    if (type === MESSAGE_QUERY_AWARENESS) return null;
    if (message.byteLength > LIMITS.maxHeldMessageBytes) return CloseCode.messageTooLarge;
    if (type === MESSAGE_SYNC && step === SYNC_STEP_1) this.step1 = message;
    else if (type === MESSAGE_AWARENESS) this.awareness = message;
    // Someone waiting to be let in has nothing to write: an update now is not a real client's.
    else return CloseCode.malformed;
    return null;
  }

  /** Everything kept, in the order the room should take it; empties the store. */
  take(): Uint8Array[] {
    const out = [
      ...(this.step1 ? [this.step1] : []),
      ...(this.awareness ? [this.awareness] : []),
      ...this.loading,
    ];
    this.step1 = null;
    this.awareness = null;
    this.loading.length = 0;
    this.loadingBytes = 0;
    return out;
  }
}
