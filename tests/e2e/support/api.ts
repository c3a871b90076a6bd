/**
 * Setting up through the public HTTP API (CONTRACT.md) from inside a person's browser context, so
 * the cookies it gets are that person's. Used where the set-up is not what the test is about; the
 * spine spec does the same things through the screens.
 */
import { expect, type APIResponse, type Page } from '@playwright/test';
import type { Conference, CreatedLink, Membership } from '@cb/shared/api';
import type { LinkRole } from '@cb/shared/protocol';
import { E2E_BASE_URL } from './env.ts';

/** State-changing requests must come from the server's own origin (the CSRF defence). */
const SAME_ORIGIN = { Origin: E2E_BASE_URL };

async function json<T>(response: APIResponse, what: string): Promise<T> {
  expect(response.ok(), `${what}: HTTP ${response.status()} ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

export async function signInByApi(page: Page, credentials: { email: string; password: string }) {
  const response = await page.request.post('/api/session', { data: credentials, headers: SAME_ORIGIN });
  await json(response, 'sign in');
}

export interface ConferenceInput {
  title: string;
  children: { name: string; dateOfBirth: string }[];
  /** Defaults to a fortnight from now. */
  scheduledAt?: string;
  chairEmail?: string;
}

export async function createConferenceByApi(page: Page, input: ConferenceInput): Promise<Conference> {
  const scheduledAt = input.scheduledAt ?? new Date(Date.now() + 14 * 86_400_000).toISOString();
  const response = await page.request.post('/api/conferences', {
    data: { kind: 'initial', ...input, scheduledAt },
    headers: SAME_ORIGIN,
  });
  return json<Conference>(response, 'create a conference');
}

export async function listConferencesByApi(page: Page): Promise<Conference[]> {
  return json<Conference[]>(await page.request.get('/api/conferences'), 'list conferences');
}

export async function createLinkByApi(
  page: Page,
  conferenceId: string,
  link: { role: LinkRole; label: string },
): Promise<CreatedLink> {
  const response = await page.request.post(`/api/conferences/${conferenceId}/links`, {
    data: link,
    headers: SAME_ORIGIN,
  });
  return json<CreatedLink>(response, 'create a link');
}

/** Who this browser is in the conference (its participant id, role and lobby status). */
export async function membershipByApi(page: Page, conferenceId: string): Promise<Membership> {
  return json<Membership>(await page.request.get(`/api/conferences/${conferenceId}/me`), 'who am I');
}

/** The chair removes someone (`DELETE /api/conferences/:id/participants/:participantId`). */
export async function removeParticipantByApi(page: Page, conferenceId: string, participantId: string) {
  const response = await page.request.delete(
    `/api/conferences/${conferenceId}/participants/${participantId}`,
    {
      headers: SAME_ORIGIN,
    },
  );
  await json(response, 'remove a participant');
}
