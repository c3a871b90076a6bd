/**
 * Awareness messages from a peer are rewritten before they are applied: the `user` field is set
 * by the server from who the connection really is (no impersonation), read-only roles carry
 * presence only, and a connection may speak only for the client ids it first claimed.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { PresenceUser } from '@cb/shared/protocol';

/** Who a connection really is: what the server writes as its presence's `user`. */
export type PresenceIdentity = PresenceUser;

export const MAX_CLIENT_IDS_PER_CONNECTION = 4;
export const MAX_AWARENESS_STATE_BYTES = 16 * 1024;

export class AwarenessViolation extends Error {}

/**
 * @param owned the client ids this connection has claimed (updated in place)
 * @param ownedByOthers whether another connection already speaks for a client id
 */
export function filterAwarenessUpdate(
  update: Uint8Array,
  identity: PresenceIdentity,
  presenceOnly: boolean,
  owned: Set<number>,
  ownedByOthers: (clientId: number) => boolean,
): Uint8Array | null {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  if (count > MAX_CLIENT_IDS_PER_CONNECTION * 4) throw new AwarenessViolation('too many awareness entries');
  const encoder = encoding.createEncoder();
  const kept: [number, number, string][] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const raw = decoding.readVarString(decoder);
    if (raw.length > MAX_AWARENESS_STATE_BYTES) throw new AwarenessViolation('awareness state too large');
    if (!owned.has(clientId)) {
      if (ownedByOthers(clientId) || owned.size >= MAX_CLIENT_IDS_PER_CONNECTION) continue;
      owned.add(clientId);
    }
    const state: unknown = JSON.parse(raw);
    let next: unknown = null;
    if (state !== null) {
      if (typeof state !== 'object' || Array.isArray(state))
        throw new AwarenessViolation('awareness state is not an object');
      const user: PresenceUser = {
        name: identity.name,
        role: identity.role,
        participantId: identity.participantId,
      };
      next = presenceOnly ? { user } : { ...(state as Record<string, unknown>), user };
    }
    kept.push([clientId, clock, JSON.stringify(next)]);
  }
  if (decoding.hasContent(decoder)) throw new AwarenessViolation('trailing bytes in awareness update');
  if (kept.length === 0) return null;
  encoding.writeVarUint(encoder, kept.length);
  for (const [clientId, clock, state] of kept) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, state);
  }
  return encoding.toUint8Array(encoder);
}
