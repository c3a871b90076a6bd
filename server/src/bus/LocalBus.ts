/**
 * The bus inside one process: the default while a single server process serves every conference.
 * Messages go through JSON on the way, as they would between processes; a subscriber that throws
 * is logged and does not stop the others.
 */
import type { Logger } from '../logger.ts';
import type { Bus, BusMessage, BusMessageOf, BusMessageType } from './Bus.ts';

type Handler = (message: BusMessage) => void;

export class LocalBus implements Bus {
  private readonly handlers = new Map<BusMessageType, Set<Handler>>();
  private closed = false;

  constructor(private readonly log?: Logger) {}

  publish(message: BusMessage): void {
    if (this.closed) return;
    const subscribers = this.handlers.get(message.type);
    if (!subscribers || subscribers.size === 0) return;
    const wire = JSON.stringify(message);
    for (const handler of [...subscribers]) {
      try {
        handler(JSON.parse(wire) as BusMessage);
      } catch (err) {
        this.log?.error({ type: message.type, err: (err as Error).message }, 'a bus subscriber failed');
      }
    }
  }

  subscribe<T extends BusMessageType>(type: T, handler: (message: BusMessageOf<T>) => void): () => void {
    const subscribers = this.handlers.get(type) ?? new Set<Handler>();
    const wrapped = handler as Handler;
    subscribers.add(wrapped);
    this.handlers.set(type, subscribers);
    return () => subscribers.delete(wrapped);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.handlers.clear();
  }
}
