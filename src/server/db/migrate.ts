import type Database from 'better-sqlite3'
import { AppError } from '../../shared/errors'
import { MIGRATIONS, type Migration } from './migrations'

/** 'YRDS' — marks the file as a Yardstick database (PRAGMA application_id). */
export const APPLICATION_ID = 0x59524453

export class DbFromFutureError extends AppError {
  constructor(found: number, supported: number) {
    super(
      'REFUSED',
      `数据库版本（${found}）比本软件支持的版本（${supported}）新，请升级案衡后再打开。为保护数据，本次未做任何修改。`
    )
  }
}

export function latestVersion(migrations: readonly Migration[] = MIGRATIONS): number {
  return migrations.at(-1)?.version ?? 0
}

/**
 * Brings the schema up to date: checks the file is ours, refuses a database from a newer version, then
 * applies every pending migration in one transaction and records the version in user_version.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number {
  for (let i = 1; i < migrations.length; i++) {
    if ((migrations[i]?.version ?? 0) <= (migrations[i - 1]?.version ?? 0)) {
      throw new Error('Migration versions must increase')
    }
  }
  const appId = db.pragma('application_id', { simple: true }) as number
  const current = db.pragma('user_version', { simple: true }) as number
  if (appId !== 0 && appId !== APPLICATION_ID) {
    throw new AppError('REFUSED', '该文件不是案衡数据库，已拒绝打开。')
  }
  if (appId === 0 && current !== 0) {
    throw new AppError('REFUSED', '该文件不是案衡数据库，已拒绝打开。')
  }
  const latest = latestVersion(migrations)
  if (current > latest) throw new DbFromFutureError(current, latest)
  const pending = migrations.filter((m) => m.version > current)
  if (pending.length === 0) return current
  // SQLite's procedure for rebuilding a table (e.g. to change a UNIQUE constraint): foreign keys off
  // outside the transaction, foreign_key_check before committing, then on again. The pragma cannot
  // change inside a transaction, hence here rather than in the migration.
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number
  db.pragma('foreign_keys = OFF')
  try {
    db.transaction(() => {
      for (const m of pending) db.exec(m.sql)
      const broken = db.pragma('foreign_key_check') as { table: string }[]
      if (broken.length > 0) {
        throw new Error(`Migration left ${broken.length} broken references (first in ${broken[0]?.table})`)
      }
      db.pragma(`application_id = ${APPLICATION_ID}`)
      db.pragma(`user_version = ${latest}`)
    })()
  } finally {
    db.pragma(`foreign_keys = ${foreignKeys}`)
  }
  return latest
}
