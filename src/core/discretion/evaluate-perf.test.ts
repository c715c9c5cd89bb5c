// Throughput: evaluate() must sustain at least 50,000 evaluations per second on one core (the whole
// result, trace and explanation included). Best of several rounds, to be robust to a busy machine.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadCatalogueTexts, loadUnitConfigText } from './catalogue-texts'
import { evaluate } from './evaluate'
import { parseFacts } from './parse'
import type { Facts } from './facts-schema'

const DIR = new URL('../../../resources/benchmarks/', import.meta.url).pathname
const d = { violation: '2023-05-01', discovery: '2023-05-05', decision: '2023-09-01' }
const MIX = [
  { itemCode: 'SC-FS-124-01-05', party: { kind: 'organisation' }, dates: d, bases: { goodsValueFen: 6000 }, harm: 'slight', mitigating: ['eliminatedHarm'] },
  { itemCode: 'TR-RT-63-01', party: { kind: 'person' }, dates: d, bases: { illegalGainsFen: 5000000 }, harm: 'slight' },
  { itemCode: 'SC-MR-48-01', party: { kind: 'organisation' }, dates: d, harm: 'none', correction: { corrected: true, prompt: true } },
  { itemCode: 'SC-AD-55-01', party: { kind: 'organisation' }, dates: d, bases: { adFeeFen: 1000000 }, harm: 'slight', aggravating: ['concealedEvidence'], priorViolations: 1 },
  { itemCode: 'SC-AD-57-01', party: { kind: 'organisation' }, dates: d, harm: 'slight', correction: { corrected: true, prompt: true } },
  { itemCode: 'TR-RT-68-01', party: { kind: 'person' }, dates: d, harm: 'none' },
  { itemCode: 'WS-SP-97-03', party: { kind: 'organisation' }, dates: d, harm: 'slight', correction: { refusedAfterOrder: true } },
  { itemCode: 'SC-PQ-49-01', party: { kind: 'organisation' }, dates: { violation: '2021-03-01', discovery: '2023-03-02', decision: '2023-04-01' }, bases: { goodsValueFen: 1000000 }, harm: 'slight' }
]

function loadShipped() {
  const names = readdirSync(DIR).filter((f) => f.endsWith('.yaml') && f !== 'unit-config.yaml')
  const cat = loadCatalogueTexts(
    names.sort().map((source) => ({ source, text: readFileSync(join(DIR, source), 'utf8') }))
  )
  const cfg = loadUnitConfigText(readFileSync(join(DIR, 'unit-config.yaml'), 'utf8'), 'unit-config.yaml')
  if (!cat.ok) throw new Error(JSON.stringify(cat.problems))
  if (!cfg.ok) throw new Error(JSON.stringify(cfg.problems))
  return { catalogue: cat.catalogue, config: cfg.config }
}

describe('throughput', () => {
  it('evaluates at least 50,000 cases per second', () => {
    const { catalogue, config } = loadShipped()
    const facts: Facts[] = MIX.map((m) => {
      const f = parseFacts(m)
      if (!f.ok) throw new Error(JSON.stringify(f.issues))
      return f.value
    })
    const n = 20_000
    let best = 0
    let ok = 0
    for (let round = 0; round < 6; round++) {
      const t0 = performance.now()
      for (let i = 0; i < n; i++) {
        if (evaluate(facts[i % facts.length]!, catalogue, config).ok) ok++
      }
      best = Math.max(best, (n / (performance.now() - t0)) * 1000)
    }
    expect(ok).toBe(6 * n)
    expect(best, `${Math.round(best)} evaluations/s`).toBeGreaterThanOrEqual(50_000)
  })
})
