/** Staff accounts: the first admin, and accounts an admin creates. */
import { randomUUID } from 'node:crypto';
import type { StaffRole, StaffUser } from '@cb/shared/api';
import type { StaffUserRow, Store } from '../store/Store.ts';
import { generatePassword, hashPassword } from './passwords.ts';

export const DEFAULT_ADMIN_EMAIL = 'admin@conference-board.invalid';

export function publicStaffUser(u: StaffUserRow): StaffUser {
  return { id: u.id, email: u.email, name: u.name, role: u.role };
}

export async function createStaffUser(
  store: Store,
  input: { email: string; name: string; role: StaffRole; password?: string | undefined },
): Promise<{ user: StaffUserRow; oneTimePassword: string | null }> {
  const oneTimePassword = input.password ? null : generatePassword();
  const user: StaffUserRow = {
    id: randomUUID(),
    email: input.email.toLowerCase(),
    name: input.name,
    role: input.role,
    passwordHash: await hashPassword(input.password ?? (oneTimePassword as string)),
    createdAt: new Date().toISOString(),
  };
  await store.createStaffUser(user);
  return { user, oneTimePassword };
}

/** On first start: the admin from CB_ADMIN_EMAIL / CB_ADMIN_PASSWORD, or a generated password. */
export async function bootstrapAdmin(
  store: Store,
  email: string | undefined,
  password: string | undefined,
): Promise<{ created: false } | { created: true; user: StaffUserRow; oneTimePassword: string | null }> {
  if ((await store.countStaffUsers()) > 0) return { created: false };
  const result = await createStaffUser(store, {
    email: email ?? DEFAULT_ADMIN_EMAIL,
    name: 'Administrator',
    role: 'admin',
    password,
  });
  return { created: true, ...result };
}
