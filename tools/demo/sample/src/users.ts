import type { Database } from './db.js';
import { AuthorizationError } from './errors.js';
import type { Role } from './metrics.js';

export interface User {
  id: number;
  email: string;
  role: Role;
}

interface UserRow {
  id: string;
  email: string;
  role: Role;
}

export async function findUser(db: Database, id: number): Promise<User | null> {
  const [row] = await db.query<UserRow>(
    'SELECT id, email, role FROM users WHERE id = $1',
    [id],
  );
  return row ? { id: Number(row.id), email: row.email, role: row.role } : null;
}

/** Refuses, with the roles that would do, unless the user has one of `allowed`. */
export function requireRole(
  user: Pick<User, 'role'>,
  allowed: readonly Role[],
): void {
  if (!allowed.includes(user.role)) {
    throw new AuthorizationError(
      `This needs one of the roles ${allowed.join(', ')}; you are ${user.role}.`,
    );
  }
}

export function isAdmin(user: Pick<User, 'role'>): boolean {
  return user.role === 'admin';
}
