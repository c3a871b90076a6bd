/** Bad /control events, handshakes and raw socket.io packets (see ../inputs.ts). */
import {
  CONTROL_EVENTS as PROTOCOL_EVENTS,
  LIMITS,
  PROTOCOL_VERSION,
  type ControlEvent,
} from '@cb/shared/protocol';
import { randomBytes, randomInt } from '../../support/random.ts';

import {
  type Rand,
  type Role,
  pick,
  weighted,
  printable,
  randomScalar,
  randomJson,
  deepJson,
  randomUuid,
  type FuzzContext,
  type ControlEventInput,
  type ControlAuthInput,
  type ControlRawInput,
} from './basics.ts';

// ---------------------------------------------------------------------------------------- control

interface ControlEventSpec {
  chairOnly: boolean;
  keys: readonly string[];
  valid(payload: unknown): boolean;
}

/** The keys each event's payload has (drawn on to make near-miss payloads). */
const EVENT_KEYS: Record<ControlEvent, readonly string[]> = {
  'lobby:admit': ['participantId'],
  'lobby:refuse': ['participantId', 'revokeLink', 'coolOffMinutes'],
  'participant:remove': ['participantId', 'revokeLink', 'coolOffMinutes'],
  'stage:set': ['stage'],
  'focus:set': ['section'],
  'screen:set': ['view'],
  'hand:set': ['raised'],
  'hand:lower': ['key'],
  'suggestion:create': ['section', 'text', 'kind'],
  'suggestion:resolve': ['suggestionId', 'outcome'],
  // Answered for every role (with a plain refusal for all but professionals).
  'view:set': ['childId', 'thresholdMet', 'category', 'agency'],
  'view:withdraw': ['childId'],
};

/**
 * Every event a client may send, from the protocol's one table (a new event there is a compile
 * error here until its keys are listed): who may send it, and whether a payload is acceptable.
 */
export const CONTROL_EVENTS = Object.fromEntries(
  (Object.keys(PROTOCOL_EVENTS) as ControlEvent[]).map((event) => [
    event,
    {
      chairOnly: PROTOCOL_EVENTS[event].chairOnly,
      keys: EVENT_KEYS[event],
      valid: (p: unknown) => PROTOCOL_EVENTS[event].payload.safeParse(p).success,
    },
  ]),
) as Record<ControlEvent, ControlEventSpec>;

export function controlEventInput(rand: Rand, ctx: FuzzContext): ControlEventInput {
  const role: Role = rand() < 0.5 ? 'chair' : 'family';
  const category = weighted<string>(rand, [
    [10, 'bad-payload'],
    [2, 'unknown-event'],
    [1, 'extra-arguments'],
    [1, 'binary-payload'],
    [1, 'oversized'],
  ]);
  const event =
    category === 'unknown-event'
      ? pick(rand, [
          'nope',
          'lobby:admitt',
          'room:state',
          'hello',
          'ended',
          '__proto__',
          'constructor',
          'toString',
          'error',
          printable(rand, randomInt(rand, 1, 30)),
        ])
      : pick(rand, Object.keys(CONTROL_EVENTS));
  const spec = Object.hasOwn(CONTROL_EVENTS, event)
    ? (CONTROL_EVENTS as Record<string, ControlEventSpec>)[event]
    : undefined;
  // The server answers a listener it registered; chair-only events are not registered for others.
  const answered = spec !== undefined && (!spec.chairOnly || role === 'chair');
  const keys = spec?.keys ?? [];
  if (category === 'oversized') {
    const big = 'o'.repeat(
      randomInt(rand, LIMITS.maxControlPayloadBytes + 1, LIMITS.maxControlPayloadBytes * 2),
    );
    return {
      kind: 'control',
      category,
      role,
      event,
      args: [{ [pick(rand, [...keys, 'x'])]: big }],
      answered: false,
      oversized: true,
    };
  }
  if (category === 'binary-payload') {
    return {
      kind: 'control',
      category,
      role,
      event,
      args: [Buffer.from(randomBytes(rand, randomInt(rand, 0, 64)))],
      answered,
      oversized: false,
    };
  }
  let payload: unknown;
  do {
    payload = weighted<() => unknown>(rand, [
      [5, () => randomJson(rand, 3, keys)],
      [1, () => JSON.parse(deepJson(rand, randomInt(rand, 50, 2000)))],
      [1, () => ({ [pick(rand, [...keys, 'x'])]: 'q'.repeat(randomInt(rand, 101, 30_000)) })],
      [1, () => ({ participantId: ctx.admittedParticipantId.toUpperCase().replace(/-/g, '') })],
    ])();
  } while (spec?.valid(payload));
  const args =
    category === 'extra-arguments'
      ? [payload, ...Array.from({ length: randomInt(rand, 1, 4) }, () => randomScalar(rand))]
      : [payload];
  return {
    kind: 'control',
    category,
    role,
    event,
    args,
    answered: answered && category !== 'extra-arguments',
    oversized: false,
  };
}

export function controlAuthInput(rand: Rand, ctx: FuzzContext): ControlAuthInput {
  for (;;) {
    const auth = weighted<() => Record<string, unknown>>(rand, [
      [3, () => ({ protocolVersion: randomScalar(rand), conferenceId: ctx.conferenceId })],
      [3, () => ({ protocolVersion: PROTOCOL_VERSION, conferenceId: randomScalar(rand) })],
      [1, () => ({ protocolVersion: PROTOCOL_VERSION, conferenceId: randomUuid(rand) })],
      [
        1,
        () => ({ protocolVersion: PROTOCOL_VERSION + randomInt(rand, 1, 5), conferenceId: ctx.conferenceId }),
      ],
      [
        2,
        () =>
          (randomJson(rand, 3, ['protocolVersion', 'conferenceId']) as Record<string, unknown> | null) ?? {},
      ],
    ])();
    if (typeof auth !== 'object' || Array.isArray(auth)) continue;
    if (auth.protocolVersion === PROTOCOL_VERSION && auth.conferenceId === ctx.conferenceId) continue;
    return { kind: 'controlAuth', category: 'bad-auth', auth };
  }
}

export function controlRawInput(rand: Rand): ControlRawInput {
  const role: Role = rand() < 0.5 ? 'chair' : 'family';
  const [category, packet, mustClose] = weighted<() => [string, string, boolean]>(rand, [
    [
      3,
      () => [
        'bad-engine-type',
        `${pick(rand, ['7', '8', '9', 'a', 'x', '{', '-'])}${printable(rand, randomInt(rand, 0, 20))}`,
        true,
      ],
    ],
    [1, () => ['empty-packet', '', true]],
    [
      3,
      () => [
        'bad-socketio-type',
        `4${pick(rand, ['7', '8', '9', 'x', '{', '['])}${printable(rand, randomInt(rand, 0, 20))}`,
        true,
      ],
    ],
    [
      4,
      () => ['bad-json', `42${pick(rand, ['[', '["hand:set",', '{', '["a" "b"]', "['x']", '[1,]'])}`, true],
    ],
    [2, () => ['non-event-array', `42${pick(rand, ['null', '{}', '"x"'])}`, true]],
    [
      2,
      () => [
        'reserved-event',
        `42["${pick(rand, ['disconnect', 'disconnecting', 'newListener', 'removeListener', 'error', 'connect'])}"]`,
        false,
      ],
    ],
    [
      2,
      () => [
        'odd-event-name',
        pick(rand, ['42[5]', '42[null]', '42[{}]', '42[[]]', '42[true]', '425', '4299']),
        false,
      ],
    ],
    [
      1,
      () => [
        'missing-attachment',
        `451-["hand:set",{"_placeholder":true,"num":${randomInt(rand, 0, 9)}}]`,
        false,
      ],
    ],
    [1, () => ['foreign-namespace', `40/${printable(rand, randomInt(rand, 1, 10), 'abcxyz')},{}`, false]],
  ])();
  return { kind: 'controlRaw', category, role, packet, mustClose };
}
