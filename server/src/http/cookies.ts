/** Cookie names and attributes, in one place. */
import { parse, serialize, type SerializeOptions } from 'cookie';

export const SESSION_COOKIE = 'cb_session';
export const participantCookie = (conferenceId: string): string => `cb_p_${conferenceId}`;

export function readCookies(header: string | undefined): Record<string, string | undefined> {
  return header ? parse(header) : {};
}

/** Cookies are Secure when the request came over TLS or the public URL is https (behind a proxy). */
export function isSecure(publicUrl: string | undefined, req: { secure: boolean }): boolean {
  return req.secure || (publicUrl?.startsWith('https://') ?? false);
}

export function cookieAttributes(secure: boolean, maxAgeSeconds: number): SerializeOptions {
  return { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: maxAgeSeconds };
}

export function serializeCookie(name: string, value: string, options: SerializeOptions): string {
  return serialize(name, value, options);
}
