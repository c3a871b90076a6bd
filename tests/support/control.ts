/** socket.io `/control` clients for tests, with the cookie a browser would send. */
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ControlHello, ServerToClientEvents } from '@cb/shared/protocol';
import { CONTROL_PATH, PROTOCOL_VERSION } from '@cb/shared/protocol';

export type Control = Socket<ServerToClientEvents, ClientToServerEvents>;

export function connectControl(
  baseUrl: string,
  conferenceId: string,
  cookie: string,
  protocolVersion = PROTOCOL_VERSION,
): Control {
  return io(baseUrl, {
    path: CONTROL_PATH,
    auth: { protocolVersion, conferenceId },
    extraHeaders: { Cookie: cookie },
    transports: ['websocket'],
    reconnection: false,
  });
}

export function hello(socket: Control): Promise<ControlHello> {
  return new Promise((resolve) => socket.once('hello', resolve));
}
