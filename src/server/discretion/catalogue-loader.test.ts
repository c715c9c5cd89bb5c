import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { formatProblem } from '../../core/discretion/catalogue-problems'
import {
  checkCatalogueDir,
  loadCatalogueDir,
  loadUnitConfig,
  UNIT_CONFIG_FILE
} from './catalogue-loader'
import { evaluateFactsFile } from './evaluate-file'

const SHIPPED = new URL('../../../resources/benchmarks/', import.meta.url).pathname
const dirs: string[] = []

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'yardstick-bench-'))
  dirs.push(d)
  return d
}

afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

describe('loadCatalogueDir', () => {
  it('loads the shipped catalogue: four packages, no problems', () => {
    const r = loadCatalogueDir(SHIPPED)
    if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'))
    expect(r.packages.map((p) => p.source)).toEqual([
      'market-regulation-2021.yaml',
      'transport-2022.yaml',
      'transport-2023.yaml',
      'work-safety-2021.yaml'
    ])
    expect(r.warnings).toEqual([])
    expect(checkCatalogueDir(SHIPPED)).toEqual({ ok: true, problems: [] })
  })

  it('reports a broken package with its file, item and a Chinese message', () => {
    const dir = tempDir()
    const text = readFileSync(join(SHIPPED, 'transport-2023.yaml'), 'utf8').replace(
      'when: { gtFen: 1000000 }',
      'when: { gteFen: 1000000 }'
    )
    writeFileSync(join(dir, 'transport-2023.yaml'), text)
    copyFileSync(join(SHIPPED, 'transport-2022.yaml'), join(dir, 'transport-2022.yaml'))
    const r = checkCatalogueDir(dir)
    expect(r.ok).toBe(false)
    expect(r.problems.map(formatProblem)).toEqual([
      '错误 [transport-2023.yaml] TR-RT-63-01 items[0].versions[0].fine.branches[0].when：计罚基数 10000元 至 10000元 同时属于两个档次'
    ])
  })

  it('reports YAML syntax errors with the line', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'bad.yaml'), 'id: [unclosed\nstatus: published\n')
    const r = checkCatalogueDir(dir)
    expect(r.ok).toBe(false)
    expect(r.problems[0]?.code).toBe('YAML')
    expect(r.problems[0]?.message).toMatch(/^YAML 语法错误（第\d+行第\d+列）/)
  })

  it('reports schema errors in Chinese with the path', () => {
    const dir = tempDir()
    const text = readFileSync(join(SHIPPED, 'work-safety-2021.yaml'), 'utf8').replace(
      'status: published\n',
      ''
    )
    writeFileSync(join(dir, 'ws.yaml'), text)
    const r = checkCatalogueDir(dir)
    expect(r.ok).toBe(false)
    expect(r.problems).toEqual([
      expect.objectContaining({ code: 'SCHEMA', path: 'status', source: 'ws.yaml' })
    ])
    expect(r.problems[0]?.message).toContain('结构校验失败：')
    expect(r.problems[0]?.message).toContain('无效')
  })

  it('rejects two files with the same package id', () => {
    const dir = tempDir()
    copyFileSync(join(SHIPPED, 'work-safety-2021.yaml'), join(dir, 'a.yaml'))
    copyFileSync(join(SHIPPED, 'work-safety-2021.yaml'), join(dir, 'b.yaml'))
    const codes = checkCatalogueDir(dir).problems.map((p) => p.code)
    expect(codes).toContain('DUPLICATE_PACKAGE')
    expect(codes).toContain('PACKAGE_OVERLAP')
  })

  it('treats an empty directory as an error', () => {
    expect(checkCatalogueDir(tempDir()).ok).toBe(false)
  })
})

describe('loadUnitConfig', () => {
  it('loads the shipped unit configuration', () => {
    const r = loadUnitConfig(join(SHIPPED, UNIT_CONFIG_FILE))
    if (!r.ok) throw new Error(JSON.stringify(r.problems))
    expect(r.config.rounding.stepsFen).toEqual([10000, 1000, 100])
    expect(r.config.hearing.thresholds.map((t) => t.system)).toEqual([
      'marketRegulation',
      'transport',
      'workSafety'
    ])
  })

  it('reports a missing file', () => {
    expect(loadUnitConfig(join(tempDir(), 'nope.yaml')).ok).toBe(false)
  })
})

describe('evaluateFactsFile (yardstick evaluate FACTS.json)', () => {
  it('evaluates a facts file against the shipped catalogue', () => {
    const file = join(tempDir(), 'facts.json')
    writeFileSync(
      file,
      JSON.stringify({
        itemCode: 'TR-RT-69-01',
        party: { kind: 'organisation' },
        dates: { violation: '2024-03-01', discovery: '2024-03-05', decision: '2024-04-01' },
        harm: 'slight'
      })
    )
    const r = evaluateFactsFile(file, SHIPPED)
    if (!r.ok || !r.result.ok) throw new Error(JSON.stringify(r))
    expect(r.result.outcome.level).toBe('NORMAL')
    expect(r.result.fine).toEqual({ minFen: 220000, maxFen: 380000 })
  })

  it('rejects invalid facts with Chinese messages', () => {
    const file = join(tempDir(), 'facts.json')
    writeFileSync(
      file,
      JSON.stringify({ itemCode: 'TR-RT-69-01', party: { kind: 'robot' }, harm: 'slight' })
    )
    const r = evaluateFactsFile(file, SHIPPED)
    expect(r.ok).toBe(false)
    if (r.ok || r.stage !== 'facts') throw new Error('expected a facts error')
    expect(r.issues.map((i) => i.path)).toEqual(['party.kind', 'dates'])
  })
})
