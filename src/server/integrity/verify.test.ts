import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { GENESIS_HASH, rowHash, type AuditRow } from '../audit/repo'
import { migrate } from '../db/migrate'
import { makeTestServer } from '../test-support'
import { formatVerifyReport } from './report'
import { quickCheck, verifyDatabase } from './verify'

/** A server database with a few audit rows (setup, user creation, logins). */
async function auditedDb(): Promise<Database.Database> {
  const t = await makeTestServer()
  await t.addUser('zhang', ['officer'])
  await t.addUser('li', ['reviewer'])
  const db = t.server.deps.db
  expect(
    (db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n
  ).toBeGreaterThan(4)
  return db
}

describe('verifyDatabase', () => {
  it('passes a clean database and reports the chain head', async () => {
    const db = await auditedDb()
    const result = verifyDatabase(db)
    const last = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as {
      seq: number
      hash: string
    }
    expect(result).toMatchObject({
      ok: true,
      integrity: ['ok'],
      foreignKeys: [],
      headHash: last.hash
    })
    expect(result.audit).toMatchObject({ rows: last.seq, firstBadSeq: null })
    expect(result.file?.problem).toBeNull()
    expect(quickCheck(db)).toEqual(['ok'])
    expect(formatVerifyReport(result)).toContain('数据库检查通过')
  })

  it('an empty audit log verifies, with the genesis hash as head', () => {
    const db = new Database(':memory:')
    migrate(db)
    expect(verifyDatabase(db)).toMatchObject({ ok: true, headHash: GENESIS_HASH })
  })

  it('names an edited audit row (an attacker with the file drops the trigger first)', async () => {
    const db = await auditedDb()
    db.exec('DROP TRIGGER audit_log_no_update')
    db.prepare("UPDATE audit_log SET actor_name = '别人' WHERE seq = 3").run()
    const result = verifyDatabase(db)
    expect(result.ok).toBe(false)
    expect(result.audit).toMatchObject({ firstBadSeq: 3, reason: 'hash-mismatch' })
    expect(result.headHash).toBeNull()
    expect(formatVerifyReport(result)).toContain('审计日志第 3 条记录的内容与其哈希值不符')
  })

  it('names the row after a rewritten-and-rehashed row as a broken link', async () => {
    const db = await auditedDb()
    db.exec('DROP TRIGGER audit_log_no_update')
    // A careful attacker recomputes the edited row's hash; the next row's link still gives it away.
    const row = db.prepare('SELECT * FROM audit_log WHERE seq = 2').get() as AuditRow
    const { hash: _old, ...content } = row
    const forged = rowHash({ ...content, actor_name: '别人' })
    db.prepare("UPDATE audit_log SET actor_name = '别人', hash = ? WHERE seq = 2").run(forged)
    const result = verifyDatabase(db)
    expect(result.audit).toMatchObject({ firstBadSeq: 3, reason: 'broken-link' })
    expect(formatVerifyReport(result)).toContain('第 3 条记录与前一条的哈希链接断开')
  })

  it('detects a deleted middle row as a gap at the next row', async () => {
    const db = await auditedDb()
    db.exec('DROP TRIGGER audit_log_no_delete')
    db.prepare('DELETE FROM audit_log WHERE seq = 2').run()
    const result = verifyDatabase(db)
    expect(result.audit).toMatchObject({ firstBadSeq: 3, reason: 'seq-gap', expectedSeq: 2 })
    expect(formatVerifyReport(result)).toContain('第 3 条记录之前缺少记录（应为第 2 条）')
  })

  it('reports a broken foreign key written with enforcement off', async () => {
    const db = await auditedDb()
    db.pragma('foreign_keys = OFF')
    db.prepare("INSERT INTO user_roles (user_id, role) VALUES ('no-such-user', 'officer')").run()
    const result = verifyDatabase(db)
    expect(result.ok).toBe(false)
    expect(result.integrity).toEqual(['ok'])
    expect(result.foreignKeys).toEqual([
      expect.objectContaining({ table: 'user_roles', parent: 'users' })
    ])
    expect(result.audit.firstBadSeq).toBeNull()
    expect(formatVerifyReport(result)).toContain('user_roles 表')
  })

  it('refuses a foreign SQLite file', () => {
    const db = new Database(':memory:')
    db.exec('CREATE TABLE t (x)')
    db.pragma('application_id = 42')
    const result = verifyDatabase(db)
    expect(result.ok).toBe(false)
    expect(result.file?.problem).toBe('foreign')
    expect(formatVerifyReport(result)).toContain('不是案衡数据库')
  })
})
