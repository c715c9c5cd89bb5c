import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DATABASE_FILE } from '../server/data-dir'
import {
  cli,
  initArgs,
  rowCounts,
  tempDataDirs,
  UNIT_CODE,
  UNIT_NAME,
  unitName
} from './cli-test-support'
import { defaultCasePrefix } from './commands/init'

const dataDir = tempDataDirs()

describe('yardstick init', () => {
  it('sets up once, and refuses a second setup without changing anything', async () => {
    const dir = dataDir()
    const first = await cli(initArgs(dir, ['--admin-display-name', '张管理']))
    expect(first).toMatchObject({ code: 0, stderr: '' })
    expect(first.stdout).toContain('汉阳市监立')
    const before = rowCounts(dir)
    expect(before).toMatchObject({ unit: 1, users: 1 })

    const otherUnit = initArgs(dir).map((a) => (a === UNIT_NAME ? '黄冈市市场监督管理局' : a))
    const again = await cli(otherUnit)
    expect(again.code).toBe(1)
    expect(again.stderr).toContain('已完成初始化')
    expect(again.stdout).toBe('')
    expect(rowCounts(dir)).toEqual(before)
    expect(unitName(dir)).toBe(UNIT_NAME)
  })

  it('refuses a bad 统一社会信用代码 with the server message, writing no row', async () => {
    const dir = dataDir()
    const args = initArgs(dir).map((a) => (a === UNIT_CODE ? '11100000MB0143028Y' : a))
    const result = await cli(args)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('统一社会信用代码校验位不正确')
    expect(rowCounts(dir)).toEqual({ unit: 0, users: 0, cases: 0, audit_log: 0 })
  })

  it('derives a case-number prefix from the unit name when none is given', async () => {
    expect(defaultCasePrefix('武汉市 汉阳区（市场）监督管理局')).toBe('武汉市汉')
    const dir = dataDir()
    const flag = '--case-prefix'
    const args = initArgs(dir).filter((a, i, all) => a !== flag && all[i - 1] !== flag)
    const result = await cli(args)
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('案号前缀“武汉市汉”')
  })
})

describe('usage errors', () => {
  it('exits 2 on an unknown flag, with the usage, before touching the data folder', async () => {
    const dir = dataDir()
    const result = await cli([...initArgs(dir), '--colour', 'red'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('未知选项：--colour')
    expect(result.stderr).toContain('用法：yardstick init')
    expect(readdirSync(dir)).toEqual([])
  })

  it('exits 2 on a missing value, a missing option, an unknown command or no command', async () => {
    const dir = dataDir()
    expect((await cli(['init', '--data', dir, '--unit-code'])).code).toBe(2)
    const missing = await cli(['users', 'add', '--data', dir])
    expect(missing.stderr).toContain('缺少必需的选项：--username')
    expect((await cli(['cases', 'remove'])).code).toBe(2)
    expect((await cli([])).code).toBe(2)
    expect((await cli(['seed', '--data', dir, '--cases', 'many'])).code).toBe(2)
    expect(readdirSync(dir)).toEqual([])
  })

  it('prints help on stdout with exit 0', async () => {
    const general = await cli(['--help'])
    expect(general.code).toBe(0)
    expect(general.stdout).toContain('users add')
    const seed = await cli(['help', 'seed'])
    expect(seed).toMatchObject({ code: 0, stderr: '' })
    expect(seed.stdout).toContain('--cases')
    expect((await cli(['cases', 'list', '--help'])).stdout).toContain('--all')
  })
})

describe('yardstick users add', () => {
  it('adds a user as the admin, and the server refuses an officer (FORBIDDEN)', async () => {
    const dir = dataDir()
    // YARDSTICK_DATA stands in for --data here.
    const env = { YARDSTICK_DATA: dir }
    expect((await cli(initArgs(dir))).code).toBe(0)
    const add = (username: string, extra: string[] = []) =>
      cli(
        [
          ...['users', 'add', '--username', username, '--display-name', `${username}名`],
          ...['--roles', 'officer,reviewer', '--password', 'officer-pass-1', ...extra]
        ],
        env
      )

    const added = await add('officer')
    expect(added).toMatchObject({ code: 0, stderr: '' })
    expect(added.stdout).toContain('officer、reviewer')

    const refused = await add('someone', ['--as', 'officer'])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('无权')
    expect(rowCounts(dir).users).toBe(2)

    const unknownActor = await add('someone', ['--as', 'nobody'])
    expect(unknownActor.code).toBe(1)
    expect(unknownActor.stderr).toContain('nobody')
    const twice = await add('someone', ['--roles', 'admin'])
    expect(twice.code).toBe(2)
    expect(twice.stderr).toContain('--roles 重复出现')
  })

  it('refuses an unknown role and a folder that was never set up, creating nothing', async () => {
    const dir = dataDir()
    const args = [
      ...['users', 'add', '--data', dir, '--username', 'u1'],
      ...['--display-name', '甲', '--password', 'pass-word-12']
    ]
    const notSetUp = await cli([...args, '--roles', 'officer'])
    expect(notSetUp.code).toBe(1)
    expect(notSetUp.stderr).toContain('yardstick init')
    expect(existsSync(join(dir, DATABASE_FILE))).toBe(false)

    expect((await cli(initArgs(dir))).code).toBe(0)
    const badRole = await cli([...args, '--roles', 'officer,chief'])
    expect(badRole.code).toBe(1)
    expect(badRole.stderr).toContain('未知角色：chief')
  })
})
