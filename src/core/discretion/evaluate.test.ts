// Engine behaviour that the shipped catalogue does not exercise: two benchmark versions for one
// statute text, per-unit fines, drafts, and purity. Synthetic packages keep each rule visible.
import { describe, expect, it } from 'vitest'
import type { CataloguePackageInput } from './catalogue-schema'
import { checkCatalogue } from './catalogue-check'
import { compileCatalogue } from './compile'
import type { UnitConfigInput } from './config-schema'
import { evaluate } from './evaluate'
import { parseCataloguePackage, parseFacts, parseUnitConfig } from './parse'
import type { Evaluation } from './result-types'

const cite = (law: string, article: string, version: string) => ({ law, article, version })
const LAW = '示例条例'

function pkg(
  over: Partial<CataloguePackageInput>,
  bands: [number, number][]
): CataloguePackageInput {
  const [l, n, h] = bands
  return {
    schemaVersion: 1,
    id: 'A',
    title: '示例基准A',
    issuer: '示例局',
    documentNumber: '示〔2022〕1号',
    system: 'marketRegulation',
    effectiveFrom: '2022-01-01',
    status: 'published',
    aggravatingBasis: cite('示例基准A', '从重情形', '2022-01-01'),
    items: [
      {
        code: 'EX-1',
        name: '示例违法行为',
        domain: '示例',
        versions: [
          {
            kind: 'penalty',
            statute: { law: LAW, version: '2020-01-01', inForceFrom: '2020-01-01' },
            violatedProvision: cite(LAW, '第一条', '2020-01-01'),
            penaltyProvision: cite(LAW, '第二条', '2020-01-01'),
            sanctions: [{ type: 'fine', mode: 'mandatory', text: '处1000元以上5000元以下罚款' }],
            fine: {
              kind: 'fixedRange',
              minFen: 100000,
              maxFen: 500000,
              bands: { LIGHTER: l!, NORMAL: n!, HEAVIER: h! }
            }
          }
        ]
      }
    ],
    ...over
  }
}

const CONFIG: UnitConfigInput = {
  unit: '测试单位',
  rounding: { stepsFen: [10000, 1000, 100], source: '测试' },
  hearing: {
    thresholds: [
      {
        system: 'marketRegulation',
        fineFen: { person: 1000000, organisation: 10000000 },
        confiscationFen: { person: 1000000, organisation: 10000000 },
        source: '测试',
        verified: false
      }
    ]
  },
  lookBack: { months: 24, repeatIsAggravating: true, source: '测试' },
  legalReview: { alwaysForOrdinary: false, source: '测试' },
  collectiveDiscussion: {
    forMitigated: true,
    forDeviation: true,
    forHearingCases: false,
    source: '测试'
  }
}

function parsed<T>(r: { ok: true; value: T } | { ok: false; issues: unknown }): T {
  if (!r.ok) throw new Error(JSON.stringify(r.issues))
  return r.value
}

function run(pkgs: CataloguePackageInput[], facts: Record<string, unknown>): Evaluation {
  const packages = pkgs.map((p) => parsed(parseCataloguePackage(p)))
  for (const p of packages) expect(checkCatalogue(p)).toEqual([])
  const f = parsed(
    parseFacts({ itemCode: 'EX-1', party: { kind: 'organisation' }, harm: 'slight', ...facts })
  )
  const r = evaluate(f, compileCatalogue(packages), parsed(parseUnitConfig(CONFIG)))
  if (!r.ok) throw new Error(JSON.stringify(r.problems))
  return r
}

const OLD = pkg({ effectiveTo: '2023-12-31' }, [
  [100000, 220000],
  [220000, 380000],
  [380000, 500000]
])
const LIGHTER_NEW = pkg(
  {
    id: 'B',
    title: '示例基准B',
    documentNumber: '示〔2024〕1号',
    effectiveFrom: '2024-01-01',
    supersedes: 'A'
  },
  [
    [100000, 180000],
    [180000, 300000],
    [300000, 500000]
  ]
)
const HEAVIER_NEW = pkg(
  {
    id: 'C',
    title: '示例基准C',
    documentNumber: '示〔2024〕2号',
    effectiveFrom: '2024-01-01',
    supersedes: 'A'
  },
  [
    [100000, 250000],
    [250000, 400000],
    [400000, 500000]
  ]
)
const dates = { violation: '2023-06-01', discovery: '2023-06-05', decision: '2024-02-01' }

describe('benchmark versions (act date vs decision date)', () => {
  it('proposes the lighter benchmark and records both', () => {
    const r = run([OLD, LIGHTER_NEW], { dates })
    expect(r.versions.benchmarkAtAct?.id).toBe('A')
    expect(r.versions.benchmarkAtDecision?.id).toBe('B')
    expect(r.versions.benchmarkApplied.id).toBe('B')
    expect(r.fine).toEqual({ minFen: 180000, maxFen: 300000 })
    expect(r.versions.compared.map((c) => [c.benchmark.id, c.fine])).toEqual([
      ['A', { minFen: 220000, maxFen: 380000 }],
      ['B', { minFen: 180000, maxFen: 300000 }]
    ])
    expect(r.trace.some((t) => t.step === 'benchmarkVersion')).toBe(true)
    expect(r.explanation).toContain('适用处罚较轻的《示例基准B》')
  })

  it('keeps the act-time benchmark when the new one is heavier', () => {
    const r = run([OLD, HEAVIER_NEW], { dates })
    expect(r.versions.benchmarkApplied.id).toBe('A')
    expect(r.fine).toEqual({ minFen: 220000, maxFen: 380000 })
  })

  it('ignores a draft benchmark', () => {
    const r = run([OLD, { ...LIGHTER_NEW, status: 'draft' }], {
      dates: { violation: '2023-06-01', discovery: '2023-06-05', decision: '2023-12-01' }
    })
    expect(r.versions.compared.map((c) => c.benchmark.id)).toEqual(['A'])
  })
})

describe('fine rules', () => {
  it('per unit: 36套 × 500元 to 1000元 per unit', () => {
    const perUnit = pkg({}, [
      [0, 0],
      [0, 0],
      [0, 0]
    ])
    const v = perUnit.items[0]!.versions[0]!
    if (v.kind !== 'penalty') throw new Error('penalty')
    v.fine = {
      kind: 'perUnit',
      unitName: '套',
      perUnitMinFen: 50000,
      perUnitMaxFen: 100000,
      bands: { LIGHTER: [50000, 65000], NORMAL: [65000, 85000], HEAVIER: [85000, 100000] }
    }
    const r = run([perUnit], { dates, bases: { units: 36 } })
    expect(r.statutoryRange).toEqual({ minFen: 1800000, maxFen: 3600000 })
    expect(r.fine).toEqual({ minFen: 2340000, maxFen: 3060000 })
  })
})

describe('APL Art. 33 ¶2 and Art. 37 edge cases', () => {
  it('no fault does not exempt where a law provides otherwise', () => {
    const p = pkg({}, [
      [100000, 220000],
      [220000, 380000],
      [380000, 500000]
    ])
    const v = p.items[0]!.versions[0]!
    if (v.kind !== 'penalty') throw new Error('penalty')
    v.noFaultOtherwise = cite('示例法律', '第九条', '2020-01-01')
    const r = run([p], { dates, noFaultEvidence: true })
    expect(r.outcome.level).toBe('NORMAL')
    expect(r.trace.find((t) => t.step === 'noFault')?.citation.article).toBe('第九条')
  })

  it('an act that was not punishable when done is not punished under a later text', () => {
    const p = pkg({}, [
      [100000, 220000],
      [220000, 380000],
      [380000, 500000]
    ])
    const item = p.items[0]!
    const later = structuredClone(item.versions[0]!)
    later.statute = { law: LAW, version: '2023-01-01', inForceFrom: '2023-01-01' }
    item.versions = [
      {
        kind: 'notPunishable',
        statute: {
          law: LAW,
          version: '2020-01-01',
          inForceFrom: '2020-01-01',
          inForceTo: '2022-12-31'
        },
        violatedProvision: cite(LAW, '第一条', '2020-01-01'),
        reason: cite(LAW, '全文', '2020-01-01')
      },
      later
    ]
    const r = run([p], {
      dates: { violation: '2022-06-01', discovery: '2023-02-01', decision: '2023-03-01' }
    })
    expect(r.outcome).toEqual({
      level: 'NO_PENALTY',
      ground: 'notPunishableAtAct',
      mandatory: true
    })
  })
})

describe('purity', () => {
  it('returns equal results for equal inputs and does not modify them', () => {
    const packages = [OLD, LIGHTER_NEW].map((p) => parsed(parseCataloguePackage(p)))
    const snapshot = JSON.stringify(packages)
    const catalogue = compileCatalogue(packages)
    const config = parsed(parseUnitConfig(CONFIG))
    const facts = parsed(
      parseFacts({ itemCode: 'EX-1', party: { kind: 'person' }, harm: 'slight', dates })
    )
    const factsSnapshot = JSON.stringify(facts)
    const a = evaluate(facts, catalogue, config)
    const b = evaluate(facts, catalogue, config)
    expect(JSON.stringify(a)).toBe(JSON.stringify(b))
    expect(JSON.stringify(packages)).toBe(snapshot)
    expect(JSON.stringify(facts)).toBe(factsSnapshot)
  })
})
