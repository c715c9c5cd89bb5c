import { afterEach, describe, expect, it } from 'vitest'
import type { CaseSummary } from '../shared/views'
import { cli, initArgs, rowCounts, tempDataDir } from './cli-test-support'

let cleanup: (() => void)[] = []
afterEach(() => {
  for (const remove of cleanup) remove()
  cleanup = []
})

async function seededDir(seed: string): Promise<{ dir: string; stderr: string }> {
  const { dir, remove } = tempDataDir()
  cleanup.push(remove)
  expect((await cli(initArgs(dir))).code).toBe(0)
  const args = ['--data', dir, '--cases', '30', '--seed', seed, '--base-date', '2026-03-02']
  const result = await cli(['seed', ...args])
  expect(result.code, result.stderr).toBe(0)
  expect(result.stdout).toContain('已生成 30 件演示案件')
  return { dir, stderr: result.stderr }
}

async function listAll(dir: string, extra: string[] = []): Promise<CaseSummary[]> {
  const result = await cli(['cases', 'list', '--json', '--all', '--data', dir, ...extra])
  expect(result.code, result.stderr).toBe(0)
  return JSON.parse(result.stdout) as CaseSummary[]
}

/** What must not depend on the run: everything but ids and timestamps. */
function content(c: CaseSummary) {
  const { id: _id, updatedAt: _updatedAt, officers, ...rest } = c
  return { ...rest, officers: officers.map((o) => o.displayName) }
}

describe('yardstick seed and cases list', () => {
  it('seeds 30 cases that list back through all pages; the same seed gives the same', async () => {
    const first = await seededDir('4')
    expect(first.stderr).toContain('已创建演示执法人员账号')
    expect(first.stderr).toContain('已写入 30/30 件')
    expect(rowCounts(first.dir)).toMatchObject({ cases: 30, users: 5 })

    const all = await listAll(first.dir)
    expect(all).toHaveLength(30)
    expect(new Set(all.map((c) => c.id)).size).toBe(30)
    // Small pages exercise the keyset cursor: same cases, same order.
    expect(await listAll(first.dir, ['--limit', '7'])).toEqual(all)
    // Without --all only the first page comes back.
    const page = await cli(['cases', 'list', '--json', '--limit', '5', '--data', first.dir])
    const ids = (list: CaseSummary[]) => list.map((c) => c.id)
    expect(ids(JSON.parse(page.stdout) as CaseSummary[])).toEqual(ids(all.slice(0, 5)))

    const registered = all.filter((c) => c.status === 'REGISTERED')
    expect(registered.length).toBeGreaterThan(0)
    expect(await listAll(first.dir, ['--status', 'REGISTERED'])).toEqual(registered)
    expect(registered.every((c) => c.filedOn === null)).toBe(true)

    // Without --json: one tab-separated line per case, 案号 first.
    const table = await cli(['cases', 'list', '--data', first.dir, '--limit', '3'])
    const lines = table.stdout.trim().split('\n')
    expect(lines.map((l) => l.split('\t')[0])).toEqual(all.slice(0, 3).map((c) => c.caseNumber))
    expect(lines[0]).toMatch(/^汉阳市监立〔\d{4}〕\d+号\t/)
    const badStatus = await cli(['cases', 'list', '--data', first.dir, '--status', 'OPEN'])
    expect(badStatus.code).toBe(1)
    expect(badStatus.stderr).toContain('未知的案件状态')
    expect((await cli(['cases', 'list', '--data', first.dir, '--limit', '500'])).code).toBe(2)

    const second = await seededDir('4')
    expect((await listAll(second.dir)).map(content)).toEqual(all.map(content))
  })
})
