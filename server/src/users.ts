/** Staff accounts an admin creates: one per email, audited (the one-time password is not). */
import type { CreateStaffUserBody } from '@cb/shared/api';
import type { Actor } from './actor.ts';
import { auditLog } from './audit.ts';
import { createStaffUser } from './auth/staff.ts';
import { DomainError } from './errors.ts';
import type { StaffUserRow, Store } from './store/Store.ts';

export async function createStaffAccount(
  store: Store,
  actor: Actor,
  body: CreateStaffUserBody,
): Promise<{ user: StaffUserRow; oneTimePassword: string | null }> {
  if (await store.findStaffUserByEmail(body.email)) {
    throw new DomainError('conflict', 'EMAIL_TAKEN', 'There is already an account with that email.', {
      email: 'Already in use',
    });
  }
  const created = await createStaffUser(store, body);
  await auditLog(store).record(
    actor,
    'staff-user-created',
    null,
    { userId: created.user.id, role: created.user.role },
    { at: created.user.createdAt },
  );
  return created;
}
