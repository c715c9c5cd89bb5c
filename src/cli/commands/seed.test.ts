import { describe, expect, it } from 'vitest'
import { cli, initArgs, tempDataDirs } from '../cli-test-support'

const dataDir = tempDataDirs()

describe('yardstick seed --bulk', () => {
  it('writes a register across units that `verify` accepts, with one audit row', async () => {
    const dir = dataDir()
    expect((await cli(initArgs(dir))).code).toBe(0)
    const args = [
      '--data',
      dir,
      '--cases',
      '400',
      '--bulk',
      '--units',
      '2',
      '--base-date',
      '2026-03-02'
    ]
    const seeded = await cli(['seed', ...args])
    expect(seeded.code, seeded.stderr).toBe(0)
    expect(seeded.stdout).toContain('已批量生成 400 件演示案件')
    expect(seeded.stdout).toContain('汇入')
    expect(seeded.stderr).toContain('已生成 400/400 件')
    const verified = await cli(['verify', '--data', dir])
    expect(verified.code, verified.stderr).toBe(0)
    expect(verified.stdout).toContain('数据库检查通过')
    const stats = await cli(['stats', '--period', '2025', '--unit', 'all', '--json', '--data', dir])
    expect(stats.code, stats.stderr).toBe(0)
    const figures = JSON.parse(stats.stdout) as { counts: { decided: number } }
    expect(figures.counts.decided).toBeGreaterThan(50)
    // The same seed again would write the same ids: refused, nothing changed.
    const again = await cli(['seed', ...args])
    expect(again.code).toBe(1)
    expect(again.stderr).toContain('种子 1')
  })

  it('asks for --bulk above the handler path limit, and refuses options that do not combine', async () => {
    const dir = dataDir()
    expect((await cli(initArgs(dir))).code).toBe(0)
    const big = await cli(['seed', '--data', dir, '--cases', '20001'])
    expect(big.code).toBe(2)
    expect(big.stderr).toContain('--bulk')
    const mixed = await cli(['seed', '--data', dir, '--cases', '10', '--bulk', '--outcomes'])
    expect(mixed.code).toBe(2)
    const units = await cli(['seed', '--data', dir, '--cases', '10', '--units', '2'])
    expect(units.code).toBe(2)
  })
})
