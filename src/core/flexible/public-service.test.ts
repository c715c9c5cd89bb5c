// 公益减罚 in the engine: the offset, its caps and floor, and that the level and the decision text
// follow the recorded ground. A synthetic package (fine 1000–5000元) keeps each number visible.
import { describe, expect, it } from 'vitest'
import type { CataloguePackageInput } from '../discretion/catalogue-schema'
import { compileCatalogue } from '../discretion/compile'
import type { UnitConfigInput } from '../discretion/config-schema'
import { evaluate } from '../discretion/evaluate'
import { parseCataloguePackage, parseFacts, parseUnitConfig } from '../discretion/parse'
import type { Evaluation } from '../discretion/result-types'
import { DEFAULT_FLEXIBLE_CONFIG, type PublicServiceItem } from './config-schema'
import { PUBLIC_SERVICE_GROUND, tenthsText } from './public-service'

const cite = (law: string, article: string, version: string) => ({ law, article, version })
const LAW = '示例条例'
const RULES = '示例公益减罚办法'

function pkg(fine: Record<string, unknown>, sanctions: { type: string; text: string }[]) {
  const input = {
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
            sanctions: sanctions.map((s) => ({ ...s, mode: 'mandatory' })),
            fine
          }
        ]
      }
    ]
  } as unknown as CataloguePackageInput
  const parsed = parseCataloguePackage(input)
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues))
  return compileCatalogue([parsed.value])
}

const FINED = pkg(
  {
    kind: 'fixedRange',
    minFen: 100000,
    maxFen: 500000,
    bands: { LIGHTER: [100000, 220000], NORMAL: [220000, 380000], HEAVIER: [380000, 500000] }
  },
  [{ type: 'fine', text: '处1000元以上5000元以下罚款' }]
)
const WARNING_ONLY = pkg({ kind: 'none' }, [{ type: 'warning', text: '给予警告' }])

const service = (over: Partial<PublicServiceItem> & { code: string }): PublicServiceItem => ({
  name: '河道、库区清漂保洁',
  measure: 'hours',
  fenPerUnit: 5000,
  capPercent: 50,
  basis: cite(RULES, '第五条', '2025-01-01'),
  verified: false,
  ...over
})

const SERVICES: PublicServiceItem[] = [
  service({ code: 'PS-CLEAN' }),
  service({
    code: 'PS-LAW',
    name: '普法宣传志愿服务',
    measure: 'points',
    fenPerUnit: 1000,
    capPercent: 30,
    basis: cite(RULES, '第六条', '2025-01-01')
  }),
  service({ code: 'PS-ALL', name: '社区公益劳动', capPercent: 100 })
]

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
  flexible: {
    ...DEFAULT_FLEXIBLE_CONFIG,
    publicService: { ...DEFAULT_FLEXIBLE_CONFIG.publicService, services: SERVICES }
  },
  collectiveDiscussion: {
    forMitigated: true,
    forDeviation: true,
    forHearingCases: false,
    source: '测试'
  }
}
const config = (() => {
  const r = parseUnitConfig(CONFIG)
  if (!r.ok) throw new Error(JSON.stringify(r.issues))
  return r.value
})()

const dates = { violation: '2025-06-01', discovery: '2025-06-05', decision: '2025-07-01' }
const hours = (serviceCode: string, n: number) => ({ serviceCode, quantityTenths: n * 10 })

function run(facts: Record<string, unknown>, catalogue = FINED): Evaluation {
  const f = parseFacts({
    itemCode: 'EX-1',
    party: { kind: 'organisation' },
    harm: 'slight',
    dates,
    ...facts
  })
  if (!f.ok) throw new Error(JSON.stringify(f.issues))
  const r = evaluate(f.value, catalogue, config)
  if (!r.ok) throw new Error(JSON.stringify(r.problems))
  return r
}

describe('公益减罚 offset', () => {
  it('8 hours at 50元 take 400元 off both bounds of the level band, and record the ground', () => {
    const before = run({})
    const r = run({ publicService: [hours('PS-CLEAN', 8)] })
    expect(before.fine).toEqual({ minFen: 220000, maxFen: 380000 })
    expect(r.fine).toEqual({ minFen: 180000, maxFen: 340000 })
    expect(r.publicService).toMatchObject({
      offsetFen: 40000,
      before: { minFen: 220000, maxFen: 380000 },
      after: { minFen: 180000, maxFen: 340000 },
      items: [{ code: 'PS-CLEAN', quantityTenths: 80, fenPerUnit: 5000, capPercent: 50 }]
    })
    const ground = r.grounds.mitigating.find((g) => g.code === PUBLIC_SERVICE_GROUND)
    expect(ground).toEqual({
      code: PUBLIC_SERVICE_GROUND,
      label: '当事人自愿参加公益服务（河道、库区清漂保洁）8小时，经核实完成',
      citation: DEFAULT_FLEXIBLE_CONFIG.publicService.ground,
      mandatory: false
    })
    const steps = r.trace.filter((t) => t.step === 'publicService')
    expect(steps[0]?.citation).toEqual(cite(RULES, '第五条', '2025-01-01'))
    expect(steps[0]?.finding).toContain('每小时折抵50元，计400元')
    expect(steps.at(-1)?.finding).toContain('由2200元至3800元调整为1800元至3400元')
  })

  it('does not change the level: no ground, a 从轻 ground, or a 从重 ground alone', () => {
    const ps = { publicService: [hours('PS-CLEAN', 8)] }
    expect(run(ps).outcome.level).toBe('NORMAL')
    const lighter = run({ ...ps, mitigating: ['eliminatedHarm'] })
    expect(lighter.outcome.level).toBe('LIGHTER')
    expect(lighter.fine).toEqual({ minFen: 100000, maxFen: 180000 })
    const heavier = run({ ...ps, aggravating: ['concealedEvidence'] })
    expect(heavier.outcome.level).toBe('HEAVIER')
    expect(heavier.flags.map((f) => f.code)).not.toContain('CONFLICTING_GROUNDS')
    expect(heavier.fine).toEqual({ minFen: 340000, maxFen: 460000 })
  })

  it('caps each service at its share of the band maximum', () => {
    const r = run({ publicService: [hours('PS-CLEAN', 100)] })
    // 100 × 50元 = 5000元, capped at 50 % of 3800元 = 1900元; the minimum stops at 1000元.
    expect(r.publicService?.offsetFen).toBe(190000)
    expect(r.fine).toEqual({ minFen: 100000, maxFen: 190000 })
  })

  it('never goes below the statutory minimum under 从轻', () => {
    const r = run({ mitigating: ['eliminatedHarm'], publicService: [hours('PS-ALL', 40)] })
    // 2000元 wanted off 1000–2200元: the upper bound stops at the statutory minimum.
    expect(r.fine).toEqual({ minFen: 100000, maxFen: 100000 })
    expect(r.publicService?.offsetFen).toBe(120000)
    const last = r.trace.filter((t) => t.step === 'publicService').at(-1)
    expect(last?.finding).toContain('实际折抵1200元')
  })

  it('offsets nothing, and says so, when the band is already at the minimum', () => {
    const r = run({ mitigating: ['eliminatedHarm'], publicService: [hours('PS-ALL', 1)] })
    const again = run(
      { mitigating: ['eliminatedHarm'], publicService: [hours('PS-ALL', 1)] },
      pkg({ kind: 'fixedRange', minFen: 100000, maxFen: 100000 }, [
        { type: 'fine', text: '处1000元罚款' }
      ])
    )
    expect(r.publicService?.offsetFen).toBe(5000)
    expect(again.publicService).toBeNull()
    expect(again.flags.map((f) => f.code)).toContain('PUBLIC_SERVICE_NOT_APPLIED')
    expect(again.grounds.mitigating.map((g) => g.code)).not.toContain(PUBLIC_SERVICE_GROUND)
  })

  it('converts points and tenths', () => {
    const points = run({ publicService: [{ serviceCode: 'PS-LAW', quantityTenths: 250 }] })
    expect(points.publicService?.offsetFen).toBe(25000)
    expect(points.grounds.mitigating.at(-1)?.label).toContain('（普法宣传志愿服务）25积分')
    const half = run({ publicService: [{ serviceCode: 'PS-CLEAN', quantityTenths: 25 }] })
    expect(half.publicService?.offsetFen).toBe(12500)
    expect(tenthsText(25)).toBe('2.5')
  })

  it('adds up one service done on several days, and caps several services at the largest cap', () => {
    const days = run({ publicService: [hours('PS-CLEAN', 3), hours('PS-CLEAN', 5)] })
    expect(days.publicService?.items).toHaveLength(1)
    expect(days.publicService?.offsetFen).toBe(40000)
    const both = run({
      publicService: [hours('PS-CLEAN', 30), { serviceCode: 'PS-LAW', quantityTenths: 1000 }]
    })
    // 1500元 + 1000元 > the larger cap, 50 % of 3800元.
    expect(both.publicService?.offsetFen).toBe(190000)
    expect(both.grounds.mitigating.at(-1)?.label).toBe(
      '当事人自愿参加公益服务（河道、库区清漂保洁30小时、普法宣传志愿服务100积分），经核实完成'
    )
  })

  it('flags a service that is not in the catalogue and offsets nothing for it', () => {
    const r = run({ publicService: [hours('PS-GONE', 8)] })
    expect(r.publicService).toBeNull()
    expect(r.fine).toEqual({ minFen: 220000, maxFen: 380000 })
    expect(r.flags.find((f) => f.code === 'UNKNOWN_PUBLIC_SERVICE')?.message).toContain('PS-GONE')
  })

  it('offsets no fine where none is proposed (warning only, no penalty)', () => {
    const warning = run({ publicService: [hours('PS-CLEAN', 8)] }, WARNING_ONLY)
    expect(warning.fine).toBeNull()
    expect(warning.publicService).toBeNull()
    expect(warning.flags.map((f) => f.code)).toContain('PUBLIC_SERVICE_NOT_APPLIED')
    const expired = run({
      dates: { violation: '2020-06-01', discovery: '2025-06-05', decision: '2025-07-01' },
      publicService: [hours('PS-CLEAN', 8)]
    })
    expect(expired.outcome.level).toBe('NO_PENALTY')
    expect(expired.flags.map((f) => f.code)).toContain('PUBLIC_SERVICE_NOT_APPLIED')
  })

  it('treats an intended fine inside the reduced band as no deviation', () => {
    const r = run({ publicService: [hours('PS-CLEAN', 8)], intendedFineFen: 200000 })
    expect(r.flags.map((f) => f.code)).not.toContain('DEVIATION')
  })

  it('states the ground, the hours and the reduced range in the explanation', () => {
    const r = run({ publicService: [hours('PS-CLEAN', 8)] })
    expect(r.explanation).toContain('当事人无从轻、减轻或者从重情形。')
    expect(r.explanation).toContain('适用一般处罚裁量阶次，该阶次罚款幅度为2200元至3800元。')
    expect(r.explanation).toContain(
      '当事人自愿参加公益服务（河道、库区清漂保洁）8小时，经核实完成' +
        '（《中华人民共和国行政处罚法》（2021年1月22日文本）第三十二条第（一）项），' +
        '依照《示例公益减罚办法》（2025年1月1日文本）第五条，在该阶次幅度内折抵罚款400元，' +
        '建议罚款1800元至3400元。'
    )
    expect(r.explanation).not.toContain('从轻与从重情形并存')
  })

  it('leaves the facts unmodified and gives equal results for equal inputs', () => {
    const f = parseFacts({
      itemCode: 'EX-1',
      party: { kind: 'person' },
      harm: 'slight',
      dates,
      publicService: [hours('PS-CLEAN', 8)]
    })
    if (!f.ok) throw new Error('facts')
    const snapshot = JSON.stringify(f.value)
    const a = evaluate(f.value, FINED, config)
    const b = evaluate(f.value, FINED, config)
    expect(JSON.stringify(a)).toBe(JSON.stringify(b))
    expect(JSON.stringify(f.value)).toBe(snapshot)
  })
})
