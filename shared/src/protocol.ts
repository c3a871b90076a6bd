/**
 * The one wire protocol, imported by client and server: the vocabulary it speaks in, the sync
 * channel (protocol/sync.ts) and the control channel (protocol/control.ts). The HTTP bodies are in
 * api.ts.
 */
export * from './vocabulary.ts';
export * from './protocol/sync.ts';
export * from './protocol/control.ts';
