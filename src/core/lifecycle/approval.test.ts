import { describe, expect, it } from 'vitest'
import type { BenchmarkContext } from './guards'
import {
  accepted,
  closeInv,
  ctx,
  decide,
  filed,
  fine,
  notify,
  refusalOf,
  walk,
  yuan
} from './lifecycle.test-support'

const RULE: BenchmarkContext = {
  proposedFine: { minFen: yuan(3_000), maxFen: yuan(5_000) },
  deviationRecorded: false,
  mitigated: false,
  approvalForDeviation: true,
  approvalForMitigated: true,
  source: '湖北省市场监督管理局2023年12月通知'
}

/** Filed, investigated and notified of `notified`; the waiver lets the decision follow at once. */
function notifiedOf(notified: number, benchmark: BenchmarkContext) {
  const c = ctx({ benchmark })
  const p = walk(
    [
      closeInv('2025-03-10'),
      notify('2025-03-11', fine(notified)),
      { kind: 'waive', on: '2025-03-12' }
    ],
    c,
    filed('2025-03-05', c)
  )
  return { p, c }
}

describe('approval of a deviation from the benchmark or of 减轻 (configurable)', () => {
  it('lets a fine inside the proposed range be decided without approval', () => {
    const { p, c } = notifiedOf(yuan(4_000), RULE)
    accepted(p, decide('2025-03-13', fine(yuan(4_000))), c)
  })

  it('refuses a fine outside the proposed range until the head approves or a collective discussion decides', () => {
    const { p, c } = notifiedOf(yuan(2_000), RULE)
    const r = refusalOf(p, decide('2025-03-13', fine(yuan(2_000))), c)
    expect(r.message).toContain('超出裁量基准建议的3000.00元至5000.00元')
    expect(r.message).toContain('主要负责人批准或者集体讨论')
    const approved = walk(
      [{ kind: 'approveDeviation', on: '2025-03-13', reasons: '当事人系初创小微企业，经营困难' }],
      c,
      p
    )
    accepted(approved, decide('2025-03-13', fine(yuan(2_000))), c)
    const discussed = walk(
      [
        {
          kind: 'collectiveDiscussion',
          on: '2025-03-13',
          participants: '局长、副局长',
          conclusion: '同意'
        }
      ],
      c,
      p
    )
    accepted(discussed, decide('2025-03-13', fine(yuan(2_000))), c)
  })

  it('needs approval for any 减轻 and for a deviation recorded with the evaluation', () => {
    const mitigated = notifiedOf(yuan(4_000), { ...RULE, mitigated: true })
    expect(
      refusalOf(mitigated.p, decide('2025-03-13', fine(yuan(4_000))), mitigated.c).message
    ).toContain('减轻')
    const deviated = notifiedOf(yuan(4_000), { ...RULE, deviationRecorded: true })
    expect(
      refusalOf(deviated.p, decide('2025-03-13', fine(yuan(4_000))), deviated.c).message
    ).toContain('偏离')
  })

  it('applies only what the unit configured', () => {
    const { p, c } = notifiedOf(yuan(2_000), { ...RULE, approvalForDeviation: false })
    accepted(p, decide('2025-03-13', fine(yuan(2_000))), c)
  })
})
