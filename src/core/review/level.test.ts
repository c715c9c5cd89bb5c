import { describe, expect, it } from 'vitest'
import { checkLevel } from './level'
import { DEFAULT_REVIEW_CONFIG as config } from './config'
import { codes, only, subject } from './review.test-support'
import type { ReviewSubject } from './types'

const run = (over: Partial<ReviewSubject>) =>
  checkLevel({ subject: subject(over), peers: [], config })
const approval = { by: 'collectiveDiscussion' as const, on: '2025-04-10' }

describe('level vs recorded circumstances', () => {
  it('flags a level that differs from the one the circumstances imply, without approval', () => {
    const f = only(run({ proposedLevel: 'NORMAL', level: 'HEAVIER' }))
    expect(f).toMatchObject({ code: 'LEVEL_MISMATCH', severity: 'flag' })
    expect(f.message).toBe(
      '按记录的情节应为“一般处罚”，所定阶次却为“从重处罚”，且未记录主要负责人批准或者集体讨论；请核查偏离裁量基准的理由，补充审批材料归入副卷，或者调整阶次。'
    )
    expect(f.evidence).toEqual({ level: 'HEAVIER', proposedLevel: 'NORMAL', approved: false })
  })

  it('flags a penalty where the circumstances imply none', () => {
    expect(codes(run({ proposedLevel: 'NO_PENALTY', level: 'LIGHTER' }))).toEqual([
      'LEVEL_MISMATCH'
    ])
  })

  it('accepts the implied level, or a deviation with approval', () => {
    expect(run({})).toEqual([])
    expect(run({ proposedLevel: 'NORMAL', level: 'LIGHTER', deviationApproval: approval })).toEqual(
      []
    )
  })

  it('flags 减轻 without approval even when it was the proposal', () => {
    expect(codes(run({ proposedLevel: 'MITIGATED', level: 'MITIGATED' }))).toEqual([
      'MITIGATION_UNAPPROVED'
    ])
    expect(codes(run({ proposedLevel: 'LIGHTER', level: 'MITIGATED' }))).toEqual([
      'LEVEL_MISMATCH',
      'MITIGATION_UNAPPROVED'
    ])
    expect(
      run({ proposedLevel: 'MITIGATED', level: 'MITIGATED', deviationApproval: approval })
    ).toEqual([])
  })
})
