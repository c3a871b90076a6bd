/** Everything a route or socket handler needs, built once in app.ts. */
import type { AccessResolver } from './access.ts';
import type { Config } from './config.ts';
import type { Bus } from './bus/Bus.ts';
import type { Hub } from './hub.ts';
import type { Limits } from './http/limitStores.ts';
import type { LobbyService } from './lobby.ts';
import type { Logger } from './logger.ts';
import type { RoomService } from './room.ts';
import type { Store } from './store/Store.ts';

export interface Deps {
  config: Config;
  log: Logger;
  store: Store;
  access: AccessResolver;
  hub: Hub;
  /** What happened to a conference, between the parts of the server (and, scaled out, processes). */
  bus: Bus;
  lobby: LobbyService;
  room: RoomService;
  /** Sign-in and link failure limits (in this process, or shared through Redis). */
  limits: Limits;
}
