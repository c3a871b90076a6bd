/** Staff accounts and their sign-in sessions. Nothing here is sealed: a backend implements it as is. */
import type { StaffRole } from '@cb/shared/api';

export interface StaffUserRow {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  passwordHash: string;
  createdAt: string;
}

export interface SessionRow {
  tokenHash: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
}

export interface AccountsPort {
  /** Fails when the email is taken. */
  createStaffUser(user: StaffUserRow): Promise<void>;
  findStaffUserByEmail(email: string): Promise<StaffUserRow | null>;
  findStaffUser(id: string): Promise<StaffUserRow | null>;
  /** In the order they were created. */
  listStaffUsers(): Promise<StaffUserRow[]>;
  countStaffUsers(): Promise<number>;
  createSession(session: SessionRow): Promise<void>;
  findSession(tokenHash: string): Promise<SessionRow | null>;
  deleteSession(tokenHash: string): Promise<void>;
  /** Removes the sessions whose expiresAt is at or before `now`; how many. */
  deleteExpiredSessions(now: string): Promise<number>;
}
