/**
 * Where the end-to-end server listens and who its first admin is. The Playwright config starts the
 * server with these; specs sign in with them. The password is a fixture, not a secret.
 */
export const E2E_PORT = Number(process.env.CB_E2E_PORT ?? 8765);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
export const E2E_ADMIN = { email: 'e2e-admin@example.test', password: 'e2e-password-not-secret' };
