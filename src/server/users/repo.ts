import type Database from 'better-sqlite3'
import { prepare } from '../db/statements'
import { ROLES, type Role } from '../../core/cases/vocabulary'
import type { UserView } from '../../shared/views'

type UserRow = { id: string; username: string; display_name: string; active: number; rev: number }

function rolesOf(db: Database.Database, userId: string): Role[] {
  const rows = prepare(db, 'SELECT role FROM user_roles WHERE user_id = ?').all(userId) as {
    role: Role
  }[]
  const set = new Set(rows.map((r) => r.role))
  return ROLES.filter((r) => set.has(r))
}

function toView(db: Database.Database, row: UserRow): UserView {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    roles: rolesOf(db, row.id),
    active: row.active === 1,
    rev: row.rev
  }
}

const COLUMNS = 'id, username, display_name, active, rev'

export function getUser(db: Database.Database, id: string): UserView | null {
  const row = prepare(db, `SELECT ${COLUMNS} FROM users WHERE id = ?`).get(id) as
    UserRow | undefined
  return row ? toView(db, row) : null
}

export function findLogin(
  db: Database.Database,
  username: string
): { user: UserView; passwordHash: string } | null {
  const row = prepare(db, `SELECT ${COLUMNS}, password_hash FROM users WHERE username = ?`).get(
    username
  ) as (UserRow & { password_hash: string }) | undefined
  return row ? { user: toView(db, row), passwordHash: row.password_hash } : null
}

export function listUsers(db: Database.Database): UserView[] {
  const rows = prepare(db, `SELECT ${COLUMNS} FROM users ORDER BY username`).all() as UserRow[]
  return rows.map((r) => toView(db, r))
}

export function countUsers(db: Database.Database): number {
  return (prepare(db, 'SELECT count(*) AS n FROM users').get() as { n: number }).n
}

export function usernameTaken(db: Database.Database, username: string): boolean {
  return prepare(db, 'SELECT 1 FROM users WHERE username = ?').get(username) !== undefined
}

export type NewUser = {
  id: string
  username: string
  displayName: string
  roles: Role[]
  passwordHash: string
}

export function insertUser(db: Database.Database, user: NewUser, at: string): void {
  prepare(
    db,
    `INSERT INTO users (id, username, display_name, password_hash, active, rev, created_at, updated_at)
     VALUES (?, ?, ?, ?, 1, 1, ?, ?)`
  ).run(user.id, user.username, user.displayName, user.passwordHash, at, at)
  setRoles(db, user.id, user.roles)
}

function setRoles(db: Database.Database, userId: string, roles: readonly Role[]): void {
  prepare(db, 'DELETE FROM user_roles WHERE user_id = ?').run(userId)
  const insert = prepare(db, 'INSERT INTO user_roles (user_id, role) VALUES (?, ?)')
  for (const role of roles) insert.run(userId, role)
}

/** Updates name, roles and the active flag if `rev` still matches; false when it does not. */
export function updateUser(
  db: Database.Database,
  change: { id: string; rev: number; displayName: string; roles: Role[]; active: boolean },
  at: string
): boolean {
  const result = prepare(
    db,
    'UPDATE users SET display_name = ?, active = ?, rev = rev + 1, updated_at = ? WHERE id = ? AND rev = ?'
  ).run(change.displayName, change.active ? 1 : 0, at, change.id, change.rev)
  if (result.changes !== 1) return false
  setRoles(db, change.id, change.roles)
  return true
}

export function setPasswordHash(
  db: Database.Database,
  id: string,
  passwordHash: string,
  at: string
): void {
  prepare(db, 'UPDATE users SET password_hash = ?, rev = rev + 1, updated_at = ? WHERE id = ?').run(
    passwordHash,
    at,
    id
  )
}

export function listActiveOfficers(db: Database.Database): { id: string; displayName: string }[] {
  return prepare(
    db,
    `SELECT u.id AS id, u.display_name AS displayName FROM users u
       JOIN user_roles r ON r.user_id = u.id AND r.role = 'officer'
       WHERE u.active = 1 ORDER BY u.display_name`
  ).all() as { id: string; displayName: string }[]
}

export function activeAdmins(db: Database.Database): UserView[] {
  return listUsers(db).filter((u) => u.active && u.roles.includes('admin'))
}
