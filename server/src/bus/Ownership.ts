/**
 * Which server process owns a conference (both of its documents): only the owner loads them,
 * accepts updates, compacts, snapshots and closes. With one process that is always this one
 * (`SoleOwner`); with several (scale-out) a lease in the shared store decides, and a process that
 * is not the owner relays its sockets' frames to the one that is.
 */
export interface Ownership {
  /** This process's name in the cluster (in bus messages' `origin`). */
  readonly processId: string;
  /** Whether this process may load and write the conference's documents now. */
  owns(conferenceId: string): boolean;
}

export class SoleOwner implements Ownership {
  constructor(readonly processId: string) {}

  owns(): boolean {
    return true;
  }
}

/** Thrown when a process is asked to load a conference it does not own. */
export class NotOwnerError extends Error {
  constructor(readonly conferenceId: string) {
    super('This server process does not own that conference.');
    this.name = 'NotOwnerError';
  }
}
