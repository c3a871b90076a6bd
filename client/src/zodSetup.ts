/**
 * Runs before any shared schema is built. zod normally probes `new Function` to compile fast
 * parsers; the server's Content-Security-Policy forbids eval, so the probe is reported as a
 * violation on every page. The client validates a handful of small forms, so it goes without.
 */
import { config } from 'zod';

config({ jitless: true });
