import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { EvaluationResult } from '../core/discretion/result-types'
import { cli } from './cli-test-support'

let cleanup: (() => void)[] = []
afterEach(() => {
  for (const remove of cleanup) remove()
  cleanup = []
})

/** Writes `facts` as JSON into a fresh temp folder and returns the file's path. */
function factsFile(facts: unknown, name = 'facts.json'): string {
  const dir = mkdtempSync(join(tmpdir(), 'yardstick-evaluate-'))
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }))
  const file = join(dir, name)
  writeFileSync(file, typeof facts === 'string' ? facts : JSON.stringify(facts))
  return file
}

const DATES = { violation: '2024-03-01', discovery: '2024-03-05', decision: '2024-04-01' }

/** 明码标价, first violation, slight harm, promptly corrected: 首违不罚 (APL Art. 33 ¶1 s.2). */
const FIRST_PRICE_MARKING = {
  itemCode: 'SC-PR-13-01',
  party: { kind: 'organisation' },
  dates: DATES,
  harm: 'slight',
  correction: { corrected: true, prompt: true },
  priorViolations: 0
}

describe('yardstick evaluate', () => {
  it('prints the result as JSON: a first price-marking violation may go unpunished', async () => {
    const result = await cli(['evaluate', factsFile(FIRST_PRICE_MARKING)])
    expect(result).toMatchObject({ code: 0, stderr: '' })
    const evaluation = JSON.parse(result.stdout) as EvaluationResult
    if (!evaluation.ok) throw new Error(result.stdout)
    expect(evaluation.outcome).toEqual({
      level: 'NO_PENALTY',
      ground: 'firstViolationExemption',
      mandatory: false
    })
    expect(evaluation.requiresConfirmation).toBe(true)
  })

  it('--explain prints the cited trace and the explanation instead of JSON', async () => {
    // The option may come before the file as well as after it.
    const result = await cli(['evaluate', '--explain', factsFile(FIRST_PRICE_MARKING)])
    expect(result).toMatchObject({ code: 0, stderr: '' })
    expect(result.stdout).not.toContain('{')
    expect(result.stdout).toContain('《中华人民共和国行政处罚法》')
    expect(result.stdout).toContain('第三十三条')
    // Every trace line: 步骤 — 认定（《法》（文本日期）条款）
    const [trace = '', explanation = ''] = result.stdout.split('\n\n')
    const steps = trace.split('\n')
    expect(steps.length).toBeGreaterThan(1)
    for (const line of steps) expect(line).toMatch(/^.+ — .+（《[^》]+》.*）$/u)
    expect(steps.at(-1)).toMatch(/^不予处罚 — .*第三十三条第一款第二句）$/u)
    expect(explanation).toContain('可以不予行政处罚')
  })

  it('refuses invalid facts with exit 1, each issue as path：message', async () => {
    const file = factsFile({ ...FIRST_PRICE_MARKING, party: { kind: 'robot' }, harm: 42 })
    const result = await cli(['evaluate', file])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain('docs/facts.schema.json')
    expect(result.stderr).toMatch(/party\.kind：.+/u)
    expect(result.stderr).toMatch(/harm：.+/u)
  })

  it('refuses a file that is not JSON, or missing, with exit 1', async () => {
    expect((await cli(['evaluate', factsFile('{ itemCode: ')])).code).toBe(1)
    const missing = await cli(['evaluate', join(tmpdir(), 'yardstick-no-such-facts.json')])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('(文件)：')
  })

  it('prints the JSON and exits 1 when the engine cannot evaluate (unknown item)', async () => {
    const result = await cli(['evaluate', factsFile({ ...FIRST_PRICE_MARKING, itemCode: 'XX-1' })])
    expect(result.code).toBe(1)
    const evaluation = JSON.parse(result.stdout) as EvaluationResult
    expect(evaluation.ok).toBe(false)
    expect(result.stderr).toContain('UNKNOWN_ITEM')
  })

  it('exits 2 on an unknown flag, a missing file argument or two files', async () => {
    const file = factsFile(FIRST_PRICE_MARKING)
    const unknown = await cli(['evaluate', file, '--verbose'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('未知选项：--verbose')
    expect(unknown.stderr).toContain('用法：yardstick evaluate')
    expect((await cli(['evaluate'])).code).toBe(2)
    expect((await cli(['evaluate', file, file])).code).toBe(2)
    expect((await cli(['evaluate', file, '--benchmarks'])).code).toBe(2)
  })

  it('mentions the facts schema in its help', async () => {
    const help = await cli(['help', 'evaluate'])
    expect(help).toMatchObject({ code: 0, stderr: '' })
    expect(help.stdout).toContain('docs/facts.schema.json')
    expect((await cli(['--help'])).stdout).toContain('catalogue check')
  })
})
