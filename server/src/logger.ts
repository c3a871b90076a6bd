/**
 * Structured logs (pino). Never log tokens, passwords, cookies or board text: request logging
 * records method, route and status only, and the redact list is a second line of defence.
 */
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: undefined,
    redact: {
      paths: [
        'password',
        '*.password',
        'token',
        '*.token',
        'cookie',
        '*.cookie',
        'headers.cookie',
        'req.headers.cookie',
        'authorization',
        '*.authorization',
        'oneTimePassword',
        '*.oneTimePassword',
        'text',
        '*.text',
      ],
      censor: '[redacted]',
    },
  });
}
