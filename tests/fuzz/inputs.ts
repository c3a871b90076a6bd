/**
 * Seeded generators of bad inputs: y-websocket messages and raw frames, HTTP bodies, and /control
 * events. Pure: the same seed gives the same inputs (only server-made ids differ between runs).
 * Every generator rejects its own candidates that would be valid (a real write, a real sign-in, a
 * real join), so everything sent is bad by construction. One module per channel in inputs/ (sync,
 * rawFrames, http, control; the shapes and shared building blocks in basics.ts); this one mixes them.
 */
import { weighted, type FuzzContext, type FuzzInput, type Rand } from './inputs/basics.ts';
import { controlAuthInput, controlEventInput, controlRawInput } from './inputs/control.ts';
import { httpInput } from './inputs/http.ts';
import { syncInput } from './inputs/sync.ts';

export * from './inputs/basics.ts';
export { CONTROL_EVENTS } from './inputs/control.ts';

// ------------------------------------------------------------------------------------------ mixing

export function nextInput(rand: Rand, ctx: FuzzContext): FuzzInput {
  return weighted<() => FuzzInput>(rand, [
    [55, () => syncInput(rand)],
    [30, () => httpInput(rand, ctx)],
    [11, () => controlEventInput(rand, ctx)],
    [2, () => controlAuthInput(rand, ctx)],
    [2, () => controlRawInput(rand)],
  ])();
}

/** A short, printable description of an input for failure messages. */
export function describeInput(input: FuzzInput): string {
  const hex = (b: Uint8Array) =>
    `${Buffer.from(b.subarray(0, 24)).toString('hex')}${b.length > 24 ? `…(${b.length} bytes)` : ''}`;
  switch (input.kind) {
    case 'sync':
      return `sync/${input.category} as ${input.role}: ${hex(input.data)}`;
    case 'raw':
      return `${input.category} as ${input.role}: ${hex(input.bytes)}`;
    case 'http':
      return `http/${input.category} ${input.route} ${input.path} ${JSON.stringify(input.headers)}: ${Buffer.from(input.body.subarray(0, 60)).toString('utf8')}`;
    case 'control':
      return `control/${input.category} ${input.role} ${input.event}: ${JSON.stringify(input.args)?.slice(0, 80)}`;
    case 'controlAuth':
      return `control/bad-auth ${JSON.stringify(input.auth).slice(0, 80)}`;
    case 'controlRaw':
      return `control-raw/${input.category} ${input.role}: ${JSON.stringify(input.packet.slice(0, 60))}`;
  }
}
