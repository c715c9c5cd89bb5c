import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { APPLICATION_ID, latestVersion, migrate } from './migrate'
import { MIGRATIONS } from './migrations'
import { openDatabase } from './open'
import { dumpSchema } from './schema-dump'

const ROOT = join(__dirname, '..', '..', '..')
const SCHEMA_FILE = join(ROOT, 'db', 'schema.sql')

describe('migrations', () => {
  it('lists every file of db/migrations, in order', () => {
    const files = readdirSync(join(ROOT, 'db', 'migrations')).filter((f) => f.endsWith('.sql')).sort()
    expect(MIGRATIONS.map((m) => `${m.name}.sql`)).toEqual(files)
    for (const m of MIGRATIONS) expect(m.name.startsWith(String(m.version).padStart(4, '0'))).toBe(true)
  })

  it('produce exactly db/schema.sql', () => {
    const db = new Database(':memory:')
    migrate(db)
    const dumped = dumpSchema(db)
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, dumped)
    expect(dumped).toBe(readFileSync(SCHEMA_FILE, 'utf8'))
  })

  it('mark the file and record the version', () => {
    const db = new Database(':memory:')
    migrate(db)
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID)
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion())
    expect(migrate(db)).toBe(latestVersion())
  })

  it('refuse a database from a newer version and change nothing', () => {
    const db = new Database(':memory:')
    migrate(db)
    db.pragma(`user_version = ${latestVersion() + 10}`)
    const before = dumpSchema(db)
    expect(() => migrate(db)).toThrow(/比本软件支持的版本.*新/)
    expect(dumpSchema(db)).toBe(before)
  })

  it('refuse a foreign SQLite file', () => {
    const db = new Database(':memory:')
    db.exec('CREATE TABLE t (x)')
    db.pragma('user_version = 3')
    expect(() => migrate(db)).toThrow(/不是案衡数据库/)
  })

  it('roll back a failing migration completely', () => {
    const db = new Database(':memory:')
    const broken = [...MIGRATIONS, { version: 9990, name: '9990_broken', sql: 'CREATE TABLE ok_table (x); SELECT * FROM missing;' }]
    expect(() => migrate(db, broken)).toThrow()
    expect(db.pragma('user_version', { simple: true })).toBe(0)
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'cases'").get()).toEqual({ n: 0 })
  })

  it('open files with WAL, synchronous=FULL and foreign keys', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ys-open-'))
    const db = openDatabase(join(dir, 'x.sqlite'))
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('synchronous', { simple: true })).toBe(2)
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    db.close()
  })
})
