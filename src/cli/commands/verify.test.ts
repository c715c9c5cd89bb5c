import Database from 'better-sqlite3'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DATABASE_FILE } from '../../server/data-dir'
import { cli, initArgs, tempDataDirs } from '../cli-test-support'

const dataDir = tempDataDirs()

describe('yardstick verify', () => {
  it('passes a fresh database and prints the chain head', async () => {
    const dir = dataDir()
    expect((await cli(initArgs(dir))).code).toBe(0)
    const result = await cli(['verify', '--data', dir])
    expect(result).toMatchObject({ code: 0, stderr: '' })
    expect(result.stdout).toContain('数据库检查通过')
    expect(result.stdout).toMatch(/审计链头哈希：[0-9a-f]{64}/)
  })

  it('exits 1 naming the first tampered audit row, in text and in JSON', async () => {
    const dir = dataDir()
    expect((await cli(initArgs(dir))).code).toBe(0)
    const db = new Database(join(dir, DATABASE_FILE))
    db.exec('DROP TRIGGER audit_log_no_update')
    db.prepare("UPDATE audit_log SET detail = '{}' WHERE seq = 2").run()
    db.close()

    const text = await cli(['verify', '--data', dir])
    expect(text.code).toBe(1)
    expect(text.stderr).toContain('数据库检查未通过')
    expect(text.stderr).toContain('审计日志第 2 条记录的内容与其哈希值不符')

    const json = await cli(['verify', '--data', dir, '--json'])
    expect(json.code).toBe(1)
    const parsed = JSON.parse(json.stdout) as {
      ok: boolean
      audit: { firstBadSeq: number; reason: string }
    }
    expect(parsed).toMatchObject({ ok: false, audit: { firstBadSeq: 2, reason: 'hash-mismatch' } })
  })

  it('refuses an empty folder and unknown options', async () => {
    const dir = dataDir()
    const empty = await cli(['verify', '--data', dir])
    expect(empty.code).toBe(1)
    expect(empty.stderr).toContain('没有案衡数据库')
    expect((await cli(['verify', '--data', dir, '--quick'])).code).toBe(2)
  })
})
