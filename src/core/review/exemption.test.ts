import { describe, expect, it } from 'vitest'
import { checkExemption } from './exemption'
import { DEFAULT_REVIEW_CONFIG as config } from './config'
import { codes, fine, NO_EXEMPTION, only, subject, yuan } from './review.test-support'
import type { ExemptionFacts, ReviewSubject } from './types'
import type { PenaltyDecision } from '../lifecycle/penalty'

const run = (
  facts: Partial<ExemptionFacts>,
  penalty: PenaltyDecision | null = fine(yuan(60_000))
) =>
  checkExemption({
    subject: subject({ exemption: { ...NO_EXEMPTION, ...facts }, penalty }) as ReviewSubject,
    peers: [],
    config
  })

const FIRST = { firstViolation: true, harm: 'slight', promptlyCorrected: true } as const
const FOOD = { purchaseInspectionDone: true, didNotKnow: true, sourceStated: true }

describe('exemption skipped', () => {
  it('blocks a penalty where Art. 33 ¶1 sentence 1 says 不予处罚', () => {
    const f = only(run({ minorViolation: true, harm: 'none', promptlyCorrected: true }))
    expect(f).toMatchObject({ code: 'EXEMPTION_SKIPPED', severity: 'block' })
    expect(f.evidence.ground).toBe('minorViolation')
    expect(f.citations[0]?.article).toBe('第三十三条第一款第一句')
    expect(f.message).toContain('依法应当不予行政处罚，却拟给予行政处罚；')
  })

  it('needs all of Art. 33 ¶1 sentence 1: minor, prompt correction and no harm', () => {
    expect(run({ minorViolation: true, harm: 'slight', promptlyCorrected: true })).toEqual([])
    expect(
      run({ minorViolation: true, harm: 'none', corrected: true, promptlyCorrected: false })
    ).toEqual([])
  })

  it('blocks a penalty against proven absence of fault, unless a law displaces Art. 33 ¶2', () => {
    expect(only(run({ noFault: true }))).toMatchObject({
      severity: 'block',
      evidence: { ground: 'noFault' }
    })
    const law = { law: '某法', article: '第一条', version: '2020-01-01' }
    expect(run({ noFault: true, noFaultDisplacedBy: law })).toEqual([])
  })

  it('flags 首违不罚 not applied: first violation, slight or no harm, promptly corrected', () => {
    const f = only(run(FIRST))
    expect(f).toMatchObject({ severity: 'flag', evidence: { ground: 'firstViolation' } })
    expect(f.citations[0]?.article).toBe('第三十三条第一款第二句')
    expect(only(run({ ...FIRST, harm: 'none' })).evidence.ground).toBe('firstViolation')
  })

  it('does not flag 首违不罚 for a repeat, serious harm, late correction or an emergency', () => {
    expect(run({ ...FIRST, firstViolation: false })).toEqual([])
    expect(run({ ...FIRST, harm: 'serious' })).toEqual([])
    expect(run({ ...FIRST, promptlyCorrected: false, corrected: true })).toEqual([])
    expect(run({ ...FIRST, publicEmergency: true })).toEqual([])
  })

  it('reports 轻微不罚 alone where both sentences of Art. 33 ¶1 hold', () => {
    expect(codes(run({ ...FIRST, harm: 'none', minorViolation: true }))).toEqual([
      'EXEMPTION_SKIPPED'
    ])
  })

  it('flags 食品安全法 Art. 136 when all three facts are recorded and more than confiscation is imposed', () => {
    const f = only(run({ food136: FOOD }))
    expect(f).toMatchObject({ severity: 'flag', evidence: { ground: 'food136' } })
    expect(f.citations).toEqual([
      { law: '中华人民共和国食品安全法', article: '第一百三十六条', version: '2021-04-29' }
    ])
  })

  it('accepts Art. 136 confiscation of the food alone, and needs all three facts', () => {
    const confiscation = {
      types: ['confiscateProperty' as const],
      fineFen: null,
      confiscationFen: 2_000
    }
    expect(run({ food136: FOOD }, confiscation)).toEqual([])
    expect(run({ food136: { ...FOOD, sourceStated: false } })).toEqual([])
    expect(run({ food136: { ...FOOD, purchaseInspectionDone: false } })).toEqual([])
  })

  it('says the penalty was given once the case is decided', () => {
    const s = subject({
      checkpoint: 'decided',
      exemption: { ...NO_EXEMPTION, noFault: true },
      penalty: fine(yuan(60_000))
    })
    expect(only(checkExemption({ subject: s, peers: [], config })).message).toContain(
      '却给予了行政处罚'
    )
  })

  it('is silent when no penalty is imposed', () => {
    expect(
      run({ minorViolation: true, harm: 'none', promptlyCorrected: true, food136: FOOD }, null)
    ).toEqual([])
  })
})
