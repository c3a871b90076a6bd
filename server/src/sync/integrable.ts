/**
 * Whether an update would integrate fully into a document, worked out from its structure alone.
 *
 * Yjs keeps what it cannot integrate yet (an item whose left or right neighbour, or parent, it has
 * never seen; a delete of something it has never seen) as "pending", waiting for the missing
 * pieces. On a server that stores every update, a malicious or broken client could leave pending
 * structs behind for ever: stored, replayed on every load, never shown. So an update is accepted
 * only when everything it depends on is already in the document, queued ahead of it, or in the
 * update itself in an order Yjs can integrate (no gaps, no cycles).
 *
 * The walk mirrors Yjs's own `integrateStructs`: one cursor per client, a stack of clients waiting
 * on each other, O(structs) in all.
 */
import * as Y from 'yjs';

type Struct = Y.Item | Y.GC | Y.Skip;
type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

interface Dependency {
  client: number;
  clock: number;
}

/** The other structs an item cannot be placed without: its origins, and its parent item. */
function dependencies(struct: Struct): Dependency[] {
  if (!(struct instanceof Y.Item)) return [];
  const deps: Dependency[] = [];
  if (struct.origin) deps.push(struct.origin);
  if (struct.rightOrigin) deps.push(struct.rightOrigin);
  // Decoded, `parent` is a root type's name (a string), a parent item's id, or null (inferred from the origins).
  const parent = struct.parent as unknown;
  if (parent instanceof Y.ID) deps.push(parent);
  return deps;
}

/**
 * Per client, the clock the update brings the document to, or null when it would leave anything
 * pending. `known(client)` is the next clock the document (with what is queued before this update)
 * already has for that client.
 */
export function integrableEnds(
  update: Uint8Array | DecodedUpdate,
  known: (client: number) => number,
): Map<number, number> | null {
  const { structs, ds } = update instanceof Uint8Array ? Y.decodeUpdate(update) : update;
  // Structs come grouped by client, in clock order.
  const lanes = new Map<number, { structs: Struct[]; next: number }>();
  for (const struct of structs as Struct[]) {
    const lane = lanes.get(struct.id.client);
    if (lane) lane.structs.push(struct);
    else lanes.set(struct.id.client, { structs: [struct], next: 0 });
  }
  const reached = new Map<number, number>();
  const state = (client: number) => Math.max(known(client), reached.get(client) ?? 0);
  const satisfied = (dep: Dependency) => dep.clock < state(dep.client);

  for (const start of lanes.keys()) {
    // Each frame waits, if it was pushed for one, until `until` is satisfied.
    const stack: { client: number; until: Dependency | null }[] = [{ client: start, until: null }];
    const onStack = new Set([start]);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as (typeof stack)[number];
      const lane = lanes.get(frame.client) as { structs: Struct[]; next: number };
      if ((frame.until && satisfied(frame.until)) || lane.next >= lane.structs.length) {
        if (frame.until && !satisfied(frame.until)) return null; // the lane ran out before reaching it
        stack.pop();
        onStack.delete(frame.client);
        continue;
      }
      const struct = lane.structs[lane.next] as Struct;
      const { clock } = struct.id;
      const end = clock + struct.length;
      const have = state(frame.client);
      if (end <= have) {
        lane.next++; // already known: Yjs skips it
        continue;
      }
      // A gap before it (or a Skip, which is a gap) can never be filled by this update.
      if (clock > have || struct instanceof Y.Skip) return null;
      const missing = dependencies(struct).find((dep) => !satisfied(dep));
      if (!missing) {
        reached.set(frame.client, end);
        lane.next++;
        continue;
      }
      const provider = lanes.get(missing.client);
      if (!provider || provider.next >= provider.structs.length || onStack.has(missing.client)) return null;
      stack.push({ client: missing.client, until: missing });
      onStack.add(missing.client);
    }
  }

  // A delete of anything the document will not have stays pending too.
  for (const [client, deletes] of ds.clients) {
    for (const d of deletes) if (d.clock + d.len > state(client)) return null;
  }
  return reached;
}

/** Raises `reach` to include `ends` (both per client, the next clock). */
export function extendReach(reach: Map<number, number>, ends: Map<number, number>): void {
  for (const [client, clock] of ends) if (clock > (reach.get(client) ?? 0)) reach.set(client, clock);
}
