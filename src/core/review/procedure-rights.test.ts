import { describe, expect, it } from 'vitest'
import { checkProcedureRights } from './procedure-rights'
import { DEFAULT_REVIEW_CONFIG as config } from './config'
import { codes, fine, only, progress, subject, yuan } from './review.test-support'
import type { CaseProgress } from '../lifecycle/progress'
import type { ReviewSubject } from './types'

const run = (p: Partial<CaseProgress>, over: Partial<ReviewSubject> = {}) => {
  const base = subject(over)
  return checkProcedureRights({
    subject: {
      ...base,
      procedure: { ...base.procedure, ...over.procedure, progress: progress(p) }
    },
    peers: [],
    config
  })
}

describe('procedural rights before the decision', () => {
  it('passes a notified case with nothing pending', () => {
    expect(run({})).toEqual([])
  })

  it('blocks a penalty decision without a notice (APL Arts. 44, 62)', () => {
    const f = only(run({ notice: null }))
    expect(f).toMatchObject({
      code: 'PROCEDURE_NO_NOTICE',
      severity: 'block',
      rule: 'procedureRights'
    })
    expect(f.citations.map((c) => c.article)).toEqual(['第四十四条', '第六十二条'])
  })

  it('does not ask for a notice before the notice checkpoint, nor for a no-penalty decision', () => {
    expect(run({ notice: null }, { checkpoint: 'notice' })).toEqual([])
    expect(run({ notice: null }, { penalty: null, level: 'NO_PENALTY' })).toEqual([])
  })

  it('blocks a penalty heavier than the one notified', () => {
    const f = only(run({}, { penalty: fine(yuan(80_000)) }))
    expect(f.code).toBe('PROCEDURE_NOTICE_OUTDATED')
    expect(f.message).toContain('罚款80000.00元高于告知的75000.00元')
    expect(run({}, { penalty: fine(yuan(70_000)) })).toEqual([])
  })

  it('blocks when a hearing right was not notified, and accepts it when it was', () => {
    const eligible = { procedure: { ...subject().procedure, hearingEligible: true } }
    expect(codes(run({}, eligible))).toEqual(['PROCEDURE_HEARING_NOT_OFFERED'])
    const offered = progress().notice
    expect(run({ notice: offered && { ...offered, hearingOffered: true } }, eligible)).toEqual([])
  })

  it('blocks until statements are reconsidered (复核)', () => {
    expect(codes(run({ statementsSinceNotice: 1, lastStatementOn: '2025-04-03' }))).toEqual([
      'PROCEDURE_NOT_RECONSIDERED'
    ])
    expect(run({ statementsSinceNotice: 1, reconsideredOn: '2025-04-05' })).toEqual([])
  })

  it('blocks until a requested hearing is held or abandoned', () => {
    const requested = {
      requestedOn: '2025-04-03',
      noticeOn: null,
      hearingOn: null,
      heldOn: null,
      abandonedOn: null
    }
    expect(codes(run({ hearing: requested }))).toEqual(['PROCEDURE_HEARING_NOT_HELD'])
    expect(run({ hearing: { ...requested, heldOn: '2025-04-15' } })).toEqual([])
    expect(run({ hearing: { ...requested, abandonedOn: '2025-04-10' } })).toEqual([])
  })

  it('blocks until a required legal review has approved (APL Art. 58)', () => {
    expect(codes(run({ legalReviewRequired: true }))).toEqual(['PROCEDURE_LEGAL_REVIEW_MISSING'])
    const returned = { on: '2025-04-10', opinion: 'return' as const }
    expect(codes(run({ legalReviewRequired: true, review: returned }))).toEqual([
      'PROCEDURE_LEGAL_REVIEW_MISSING'
    ])
    expect(run({ legalReviewRequired: true, review: { ...returned, opinion: 'approve' } })).toEqual(
      []
    )
    expect(run({ legalReviewRequired: false })).toEqual([])
  })

  it('leaves simple-procedure decisions to the lifecycle guards', () => {
    const onTheSpot = {
      on: '2025-04-01',
      outcome: 'penalty' as const,
      procedure: 'simple' as const,
      penalty: fine(yuan(100))
    }
    expect(
      run(
        { notice: null, decision: onTheSpot },
        { checkpoint: 'decided', penalty: fine(yuan(100)) }
      )
    ).toEqual([])
  })
})
