import { closeSync, copyFileSync, openSync, statSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { listBackups } from '../../server/backup/list'
import { cli, initArgs, rowCounts, tempDataDirs } from '../cli-test-support'

const dataDir = tempDataDirs()

function corrupt(file: string): void {
  const fd = openSync(file, 'r+')
  try {
    const middle = Math.floor(statSync(file).size / 4096 / 2) * 4096
    writeSync(fd, Buffer.alloc(200, 0xab), 0, 200, middle)
  } finally {
    closeSync(fd)
  }
}

describe('yardstick backup', () => {
  it('creates, lists, verifies and restores; refuses a corrupted backup', async () => {
    const dir = dataDir()
    expect((await cli(initArgs(dir))).code).toBe(0)

    const created = await cli(['backup', 'create', '--data', dir])
    expect(created).toMatchObject({ code: 0, stderr: '' })
    expect(created.stdout).toContain('已备份：')
    const [good] = listBackups(dir)
    if (!good) throw new Error('no backup')

    const list = await cli(['backup', 'list', '--data', dir])
    expect(list.code).toBe(0)
    expect(list.stdout).toContain(good.name)
    expect(list.stdout).toContain('手动')

    const verified = await cli(['backup', 'verify', good.name, '--data', dir])
    expect(verified).toMatchObject({ code: 0, stderr: '' })
    expect(verified.stdout).toContain('检查通过')

    // A later change, then a damaged copy of the backup.
    expect(
      (
        await cli([
          'users',
          'add',
          '--data',
          dir,
          '--username',
          'zhang',
          '--display-name',
          '张三',
          '--password',
          'password-2026',
          '--roles',
          'officer'
        ])
      ).code
    ).toBe(0)
    const after = rowCounts(dir)
    const bad = join(dir, 'damaged.sqlite')
    copyFileSync(good.file, bad)
    corrupt(bad)
    const badCheck = await cli(['backup', 'verify', bad, '--data', dir])
    expect(badCheck.code).toBe(1)
    expect(badCheck.stderr).toContain('备份文件 damaged.sqlite 未通过检查，不能使用')
    const refused = await cli(['backup', 'restore', bad, '--data', dir])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('现有数据库保持不变')
    expect(rowCounts(dir)).toEqual(after)

    const restored = await cli(['backup', 'restore', good.file, '--data', dir])
    expect(restored).toMatchObject({ code: 0, stderr: '' })
    expect(restored.stdout).toContain('原数据库已备份为')
    expect(rowCounts(dir).users).toBe(after.users - 1)
    expect(listBackups(dir).map((b) => b.reason)).toEqual(['manual', 'pre-restore'])
    expect((await cli(['verify', '--data', dir])).code).toBe(0)
  })

  it('needs exactly one FILE for verify and restore', async () => {
    const dir = dataDir()
    expect((await cli(['backup', 'verify', '--data', dir])).code).toBe(2)
    expect((await cli(['backup', 'restore', 'a', 'b', '--data', dir])).code).toBe(2)
    const missing = await cli(['backup', 'verify', 'nope.sqlite', '--data', dir])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('找不到备份文件')
  })
})
