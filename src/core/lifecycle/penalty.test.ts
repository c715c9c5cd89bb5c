import { describe, expect, it } from 'vitest'
import { THRESHOLDS, WARNING, fine, yuan } from './lifecycle.test-support'
import {
  PENALTY_TYPES,
  SIMPLE_PROCEDURE_LIMIT_FEN,
  describePenalty,
  hearingRight,
  heavierThan,
  heaviestType,
  penaltyShapeProblem,
  severityRank,
  simpleProcedureRefusal,
  type PenaltyDecision
} from './penalty'

const p = (
  types: PenaltyDecision['types'],
  fineFen: number | null = null,
  confiscationFen: number | null = null
): PenaltyDecision => ({ types, fineFen, confiscationFen })

describe('heavierThan (行政处罚法第四十五条第二款: 不得因陈述、申辩而给予更重的处罚)', () => {
  it.each([
    ['the same penalty', fine(yuan(5000)), fine(yuan(5000)), null],
    ['a lower fine', fine(yuan(4999)), fine(yuan(5000)), null],
    [
      'a fine one fen higher',
      fine(yuan(5000) + 1),
      fine(yuan(5000)),
      '罚款5000.01元高于告知的5000.00元'
    ],
    ['a warning instead of the fine', WARNING, fine(yuan(5000)), null],
    ['a warning on top of the fine', p(['warning', 'fine'], yuan(5000)), fine(yuan(5000)), '警告'],
    ['a fine instead of a warning', fine(yuan(100)), WARNING, '增加了告知时没有的处罚种类（罚款）'],
    [
      'a fine instead of revocation: lighter type, but the party was never told of a fine',
      fine(yuan(100)),
      p(['revokeLicence']),
      '增加了告知时没有的罚款（100.00元）'
    ],
    ['revocation instead of a fine', p(['revokeLicence']), fine(yuan(5000)), '吊销许可证件'],
    [
      'suspension of the licence instead of revocation',
      p(['suspendLicence']),
      p(['revokeLicence']),
      null
    ],
    [
      'dropping the confiscation and keeping the fine',
      fine(yuan(5000)),
      p(['fine', 'confiscateGains'], yuan(5000), yuan(2000)),
      null
    ],
    [
      'a larger confiscation',
      p(['fine', 'confiscateGains'], yuan(5000), yuan(2001)),
      p(['fine', 'confiscateGains'], yuan(5000), yuan(2000)),
      '没收金额2001.00元高于告知的2000.00元'
    ],
    [
      'an amount for a confiscation notified without one',
      p(['confiscateProperty'], null, yuan(300)),
      p(['confiscateProperty']),
      '增加了告知时没有的没收金额'
    ]
  ] as const)('%s', (_name, decided, notified, expected) => {
    const r = heavierThan(decided, notified)
    if (expected === null) expect(r).toBeNull()
    else expect(r).toContain(expected)
  })
})

describe('simpleProcedureRefusal (第五十一条: 公民二百元以下、法人或者其他组织三千元以下罚款或者警告)', () => {
  it('limits in fen: 1 yuan = 100 fen', () => {
    expect(SIMPLE_PROCEDURE_LIMIT_FEN).toEqual({ person: 20_000, organisation: 300_000 })
  })

  it.each([
    [['person'], fine(yuan(200)), null],
    [['person'], fine(yuan(200) + 1), '超过200.00元'],
    [['organisation'], fine(yuan(3000)), null],
    [['organisation'], fine(yuan(3000) + 1), '超过3000.00元'],
    [['organisation', 'person'], fine(yuan(3000)), '对公民罚款3000.00元'],
    [[], fine(yuan(201)), '超过200.00元'],
    [[], fine(yuan(200)), null],
    [['person'], WARNING, null],
    [['person'], p(['warning', 'fine'], yuan(50)), null],
    [['organisation'], p(['publicCriticism']), '通报批评'],
    [['organisation'], p(['confiscateGains'], null, yuan(10)), '没收违法所得']
  ] as const)('%o, %o → %s', (kinds, penalty, expected) => {
    const r = simpleProcedureRefusal(penalty, kinds)
    if (expected === null) {
      expect(r).toBeNull()
    } else {
      expect(r).toContain(expected)
      expect(r).toContain('第五十一条')
    }
  })
})

describe('hearingRight (第六十三条第一款)', () => {
  it.each([
    [['organisation'], fine(yuan(100_000)), '较大数额'],
    [['organisation'], fine(yuan(100_000) - 1), null],
    [['person'], fine(yuan(10_000)), '较大数额'],
    [['person'], fine(yuan(10_000) - 1), null],
    // The lower threshold applies when any party is a person, or when no party is recorded yet.
    [['organisation', 'person'], fine(yuan(10_000)), '较大数额'],
    [[], fine(yuan(10_000)), '较大数额'],
    [['person'], p(['confiscateGains'], null, yuan(10_000)), '拟罚没金额10000.00元'],
    [['organisation'], p(['revokeLicence']), '吊销许可证件'],
    [['organisation'], p(['lowerQualification']), '降低资质等级'],
    [['organisation'], p(['orderSuspendProduction']), '责令停产停业'],
    [['organisation'], p(['orderClosure']), '责令关闭'],
    [['person'], p(['restrictPractice']), '限制从业'],
    [['organisation'], WARNING, null]
  ] as const)('%o, %o → %s', (kinds, penalty, expected) => {
    const r = hearingRight(penalty, kinds, THRESHOLDS)
    if (expected === null) {
      expect(r).toBeNull()
    } else {
      expect(r).toContain(expected)
      expect(r).toContain('第六十三条第一款')
    }
  })

  it('names where the threshold comes from', () => {
    expect(hearingRight(fine(yuan(100_000)), ['organisation'], THRESHOLDS)).toContain(
      '《市场监督管理行政处罚听证办法》'
    )
  })
})

describe('penaltyShapeProblem', () => {
  it.each([
    [p([]), '至少一种'],
    [p(['warning', 'warning']), '重复'],
    [p(['fine']), '请填写罚款金额'],
    [p(['warning'], 100), '不应填写罚款金额'],
    [p(['fine'], 0), '应大于零'],
    [p(['warning'], null, 100), '不应填写没收金额'],
    [fine(1), null],
    [p(['confiscateProperty']), null],
    [p(['fine', 'confiscateGains'], 100, 200), null]
  ] as const)('%o → %s', (penalty, expected) => {
    const r = penaltyShapeProblem(penalty)
    if (expected === null) expect(r).toBeNull()
    else expect(r).toContain(expected)
  })
})

describe('severity and description', () => {
  it('ranks every type from warning (1) to revocation (10)', () => {
    expect(PENALTY_TYPES.map(severityRank)).toEqual([1, 2, 3, 4, 4, 5, 6, 7, 8, 9, 9, 10])
  })

  it('a joint penalty counts under its heaviest type', () => {
    expect(heaviestType(p(['fine', 'revokeLicence', 'warning'], 100))).toBe('revokeLicence')
    expect(heaviestType(WARNING)).toBe('warning')
  })

  it('describes a penalty in Chinese with yuan amounts', () => {
    expect(describePenalty(p(['warning', 'fine', 'confiscateGains'], 1_234_567, 50_000))).toBe(
      '警告，罚款12345.67元，没收违法所得（500.00元）'
    )
  })
})
