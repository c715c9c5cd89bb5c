import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { cli } from './cli-test-support'

const SHIPPED = new URL('../../resources/benchmarks/', import.meta.url).pathname
const MARKET = 'market-regulation-2021.yaml'

let cleanup: (() => void)[] = []
afterEach(() => {
  for (const remove of cleanup) remove()
  cleanup = []
})

/** A copy of the shipped catalogue with one edit to the market-regulation package. */
function brokenCopy(from: string, to: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'yardstick-catalogue-'))
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }))
  cpSync(SHIPPED, dir, { recursive: true })
  const text = readFileSync(join(dir, MARKET), 'utf8')
  expect(text).toContain(from)
  writeFileSync(join(dir, MARKET), text.replace(from, to))
  return dir
}

describe('yardstick catalogue check', () => {
  it('passes on the shipped catalogue, by default and given the folder', async () => {
    const byDefault = await cli(['catalogue', 'check'])
    expect(byDefault).toMatchObject({ code: 0, stderr: '' })
    expect(byDefault.stdout).toContain('检查通过')
    expect((await cli(['catalogue', 'check', SHIPPED])).code).toBe(0)
  })

  it('fails with exit 1 when two statutory branches overlap', async () => {
    // 食品安全法第一百二十二条: 货值 < 1万元 and ≥ 1万元; a higher first bound overlaps.
    const dir = brokenCopy('when: { ltFen: 1000000 } # < 1万元', 'when: { ltFen: 2000000 }')
    const result = await cli(['catalogue', 'check', dir])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain('未通过检查')
    expect(result.stderr).toMatch(/^错误 \[market-regulation-2021\.yaml\] SC-FS-122-01 .+：.+/mu)
  })

  it("fails with exit 1 when a citation's article is removed", async () => {
    const law = 'penaltyProvision: { law: 中华人民共和国食品安全法, '
    const dir = brokenCopy(`${law}article: 第一百二十二条第一款, `, law)
    const result = await cli(['catalogue', 'check', dir])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/^错误 \[market-regulation-2021\.yaml\].*penaltyProvision/mu)
  })

  it('fails with exit 1 on a folder without packages, and exits 2 on an unknown flag', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'yardstick-catalogue-'))
    cleanup.push(() => rmSync(empty, { recursive: true, force: true }))
    const result = await cli(['catalogue', 'check', empty])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('没有裁量基准文件')
    const usage = await cli(['catalogue', 'check', '--strict'])
    expect(usage.code).toBe(2)
    expect(usage.stderr).toContain('用法：yardstick catalogue check')
  })
})
