/** Raw WebSocket frames that break the framing itself (see ../inputs.ts). */
import { LIMITS } from '@cb/shared/protocol';
import { randomBytes, randomInt } from '../../support/random.ts';
import { frame } from '../rawWs.ts';
import { concat, MESSAGE_QUERY_AWARENESS } from '../syncMessages.ts';

import { type Rand, type Role, WS_CODES, pick, weighted, printable, type RawFrameInput } from './basics.ts';

export function rawFrameInput(rand: Rand, role: Role): RawFrameInput {
  const query = new Uint8Array([MESSAGE_QUERY_AWARENESS]);
  const small = () => randomBytes(rand, randomInt(rand, 0, 20));
  const [name, bytes, codes] = weighted<() => [string, Buffer, readonly number[]]>(rand, [
    [2, () => ['unmasked', frame({ opcode: 2, payload: query, masked: false }), [WS_CODES.protocolError]]],
    [
      2,
      () => [
        'reserved-opcode',
        frame({ opcode: pick(rand, [3, 4, 5, 6, 7, 0xb, 0xc, 0xd, 0xe, 0xf]), payload: small() }),
        [WS_CODES.protocolError],
      ],
    ],
    [
      2,
      () => [
        'rsv-bits',
        frame({ opcode: 2, payload: query, rsv: randomInt(rand, 1, 7) }),
        [WS_CODES.protocolError],
      ],
    ],
    [1, () => ['orphan-continuation', frame({ opcode: 0, payload: small() }), [WS_CODES.protocolError]]],
    [
      1,
      () => [
        'fragmented-control',
        frame({ opcode: pick(rand, [8, 9, 10]), payload: small(), fin: false }),
        [WS_CODES.protocolError],
      ],
    ],
    [
      1,
      () => [
        'long-control',
        frame({ opcode: pick(rand, [9, 10]), payload: randomBytes(rand, randomInt(rand, 126, 400)) }),
        [WS_CODES.protocolError],
      ],
    ],
    [
      1,
      () => [
        'interrupted-fragments',
        Buffer.concat([
          frame({ opcode: 2, payload: query, fin: false }),
          frame({ opcode: 2, payload: query }),
        ]),
        [WS_CODES.protocolError],
      ],
    ],
    [
      1,
      () => [
        'bad-close-code',
        frame({ opcode: 8, payload: concat(new Uint8Array([0x03, 0xe7]), small()) }),
        [WS_CODES.protocolError],
      ],
    ],
    [
      1,
      () => [
        'one-byte-close',
        frame({ opcode: 8, payload: new Uint8Array([randomInt(rand, 0, 255)]) }),
        [WS_CODES.protocolError],
      ],
    ],
    [
      1,
      () => [
        'bad-utf8-close-reason',
        frame({ opcode: 8, payload: new Uint8Array([0x03, 0xe8, 0xff, 0xfe]) }),
        [WS_CODES.invalidData],
      ],
    ],
    [
      2,
      () => [
        'length-lie',
        frame({
          opcode: 2,
          payload: query,
          declaredLength: pick(rand, [1n << 62n, 1n << 40n, BigInt(LIMITS.maxMessageBytes + 1)]),
        }),
        [WS_CODES.tooBig],
      ],
    ],
    [
      2,
      () => ['not-a-frame', Buffer.from(printable(rand, randomInt(rand, 2, 60))), [WS_CODES.protocolError]],
    ],
  ])();
  return { kind: 'raw', category: `raw-frame:${name}`, role, bytes, codes };
}
