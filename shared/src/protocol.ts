/**
 * The one wire protocol, imported by client and server: the vocabulary it speaks in, the sync
 * channel (protocol/sync.ts), the control channel (protocol/control.ts) and the table of HTTP
 * routes (protocol/http.ts) with how a call of one is written and its answer read
 * (protocol/httpCall.ts). The HTTP bodies' schemas are in api.ts.
 */
export * from './vocabulary.ts';
export * from './protocol/sync.ts';
export * from './protocol/control.ts';
export * from './protocol/http.ts';
export * from './protocol/httpCall.ts';
