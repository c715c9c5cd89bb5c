import { describe, expect, it } from 'vitest'
import { checkPosition } from './position'
import { config, only, RANGE_124, subject, withFine, yuan } from './review.test-support'
import type { ReviewSubject } from './types'

const run = (s: ReviewSubject, c = config()) => checkPosition({ subject: s, peers: [], config: c })
/** The fine at `pos` of the 5万–10万 range (whole fen). */
const at = (pos: number) =>
  RANGE_124.minFen + Math.round(pos * (RANGE_124.maxFen - RANGE_124.minFen))
const lighter = subject({ level: 'LIGHTER', proposedLevel: 'LIGHTER' })
const heavier = subject({
  level: 'HEAVIER',
  proposedLevel: 'HEAVIER',
  aggravatingGrounds: ['concealedEvidence']
})

describe('position in range vs level (R30)', () => {
  it('accepts 从轻 up to exactly 30 % and flags one fen more', () => {
    expect(run(withFine(lighter, at(0.3)))).toEqual([])
    const f = only(run(withFine(lighter, at(0.3) + 1)))
    expect(f).toMatchObject({ code: 'POSITION_IN_RANGE', severity: 'flag' })
    expect(f.evidence).toMatchObject({ profile: 'R30', bandFrom: 0, bandTo: 0.3, level: 'LIGHTER' })
    expect(f.message).toContain('高于“从轻处罚”对应的0%至30%区间')
  })

  it('accepts 从重 from exactly 70 % and flags one fen less', () => {
    expect(run(withFine(heavier, at(0.7)))).toEqual([])
    const f = only(run(withFine(heavier, at(0.7) - 1)))
    expect(f.message).toContain('低于“从重处罚”对应的70%至100%区间')
  })

  it('checks 一般 against 30–70 % on both sides', () => {
    expect(run(withFine(subject(), at(0.3)))).toEqual([])
    expect(run(withFine(subject(), at(0.7)))).toEqual([])
    expect(run(withFine(subject(), at(0.3) - 1))).toHaveLength(1)
    expect(run(withFine(subject(), at(0.7) + 1))).toHaveLength(1)
  })

  it('lets verified public service (公益减罚) lower a fine below its level by the offset, no more', () => {
    const offset = yuan(400)
    const served = { ...heavier, publicServiceOffsetFen: offset }
    expect(run(withFine(served, at(0.7) - offset))).toEqual([])
    expect(run(withFine(served, at(0.7) - offset - 1))).toHaveLength(1)
    expect(run(withFine(served, at(1) - offset))).toEqual([])
  })

  it('uses the item profile: MAXONLY puts 从轻 at 20 % of the maximum', () => {
    const maxOnly = subject({
      level: 'LIGHTER',
      proposedLevel: 'LIGHTER',
      profile: 'MAXONLY',
      statutoryRange: { minFen: 0, maxFen: yuan(50_000) },
      penalty: null
    })
    expect(run(withFine(maxOnly, yuan(10_000)))).toEqual([])
    expect(only(run(withFine(maxOnly, yuan(10_000) + 1))).evidence.profile).toBe('MAXONLY')
  })

  it('falls back to the default profile for explicit bands or an unknown profile', () => {
    const f = only(run(withFine({ ...lighter, profile: 'NO-SUCH' }, at(0.5))))
    expect(f.evidence.profile).toBe('R30')
    expect(only(run(withFine({ ...lighter, profile: null }, at(0.5)))).evidence.profile).toBe('R30')
  })

  it('takes its bounds from the configuration', () => {
    const wide = config((c) => {
      c.position.profiles = {
        ...c.position.profiles,
        R30: {
          ...c.position.profiles.R30!,
          value: { LIGHTER: [0, 0.5], NORMAL: [0.3, 0.7], HEAVIER: [0.7, 1] }
        }
      }
    })
    expect(run(withFine(lighter, at(0.5)), wide)).toEqual([])
  })

  it('downgrades to a warning when the deviation was approved', () => {
    const approved = { ...lighter, deviationApproval: { by: 'head' as const, on: '2025-04-10' } }
    expect(only(run(withFine(approved, at(0.5)))).severity).toBe('warning')
  })

  it('leaves 减轻, no-penalty levels, fines outside the range and single amounts alone', () => {
    expect(run(withFine({ ...lighter, level: 'MITIGATED' }, at(0.5)))).toEqual([])
    expect(run({ ...lighter, level: 'NO_PENALTY', penalty: null })).toEqual([])
    expect(run(withFine(lighter, RANGE_124.maxFen + 100))).toEqual([])
    expect(
      run(withFine({ ...lighter, statutoryRange: { minFen: 100, maxFen: 100 } }, 100))
    ).toEqual([])
  })
})
