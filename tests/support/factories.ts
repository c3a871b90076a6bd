/** Builds test data through the public HTTP API, as a real admin and real link holders would. */
import type { Conference, CreatedLink, LinkRole } from '@cb/shared/api';
import { ADMIN } from './startServer.ts';
import { CookieJar, httpClient, type Client } from './http.ts';

export async function signInAdmin(baseUrl: string): Promise<Client> {
  const admin = httpClient(baseUrl);
  await admin.call('signIn', {}, ADMIN);
  return admin;
}

let counter = 0;
export async function createConference(admin: Client, children = 2): Promise<Conference> {
  counter += 1;
  return admin.call(
    'createConference',
    {},
    {
      kind: 'initial',
      scheduledAt: '2026-12-03T10:00:00Z',
      title: `Test conference ${counter} (fictional)`,
      children: Array.from({ length: children }, (_, i) => ({
        name: `Testchild ${String.fromCharCode(65 + i)} Fictional`,
        dateOfBirth: '2019-05-01',
      })),
    },
  );
}

export async function createLink(
  manager: Client,
  conferenceId: string,
  role: LinkRole,
  extra: { expiresAt?: string } = {},
): Promise<CreatedLink> {
  return manager.call(
    'createLink',
    { id: conferenceId },
    {
      role,
      label: `${role} link`,
      ...extra,
    },
  );
}

export interface Joined {
  client: Client;
  cookie: string;
  participantId: string;
}

/** Opens a link as a person would (`GET /join/:token?name=`), returning their cookie. */
export async function join(baseUrl: string, link: { url: string }, name: string): Promise<Joined> {
  const client = httpClient(baseUrl, new CookieJar());
  const path = new URL(link.url).pathname;
  const res = await client.request('GET', `${path}?name=${encodeURIComponent(name)}`);
  if (res.status !== 303) throw new Error(`join → ${res.status}`);
  const conferenceId = res.headers.get('location')?.split('/').pop() ?? '';
  const me = await client.call('membership', { id: conferenceId });
  if (!me.participantId) throw new Error('join: no participant id in the answer');
  return { client, cookie: client.jar.header(), participantId: me.participantId };
}

/** A chair-link holder, admitted directly. */
export async function joinAsChair(
  baseUrl: string,
  admin: Client,
  conferenceId: string,
  name = 'Chair Fictional',
): Promise<Joined> {
  return join(baseUrl, await createLink(admin, conferenceId, 'chair'), name);
}

/** A family/professional/display link holder whom the admin-chair lets in. */
export async function joinAdmitted(
  baseUrl: string,
  admin: Client,
  conferenceId: string,
  role: LinkRole,
  name: string,
): Promise<Joined> {
  const joined = await join(baseUrl, await createLink(admin, conferenceId, role), name);
  if (role !== 'chair')
    await admin.call('admit', { id: conferenceId, participantId: joined.participantId }, {});
  return joined;
}
