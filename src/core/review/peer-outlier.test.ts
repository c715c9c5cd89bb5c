import { describe, expect, it } from 'vitest'
import { checkPeerOutlier } from './peer-outlier'
import { config, only, peer, RANGE_124, subject, withFine } from './review.test-support'
import type { PeerCase, ReviewSubject } from './types'

const run = (s: ReviewSubject, peers: PeerCase[], c = config()) =>
  checkPeerOutlier({ subject: s, peers, config: c })
/** The fine at `pos` of the 5万–10万 range. */
const at = (pos: number) =>
  RANGE_124.minFen + Math.round(pos * (RANGE_124.maxFen - RANGE_124.minFen))
const caseAt = (pos: number) => withFine(subject(), at(pos))

describe('peer outlier (类案不同罚)', () => {
  it('flags the far one of two cases of the same item and level', () => {
    const other = peer({ position: 0.9, fineFen: at(0.9) })
    const f = only(run(caseAt(0.35), [other]))
    expect(f).toMatchObject({ code: 'PEER_OUTLIER', severity: 'flag' })
    expect(f.evidence).toMatchObject({
      n: 1,
      median: 0.9,
      windowFrom: '2024-04-20',
      windowTo: '2025-04-20'
    })
    expect(f.message).toContain('本案罚款位于法定幅度的35%处')
    expect(f.message).toContain(
      '2024年4月20日后同一事项、同一基准版本、同为“一般处罚”的1件案件中位数为90%'
    )
  })

  it('compares with the median of the group, with quartiles and CV as evidence', () => {
    const peers = [0.4, 0.5, 0.55, 0.6, 0.65].map((p, i) => peer({ caseId: `p${i}`, position: p }))
    const f = only(run(caseAt(0.1), peers))
    expect(f.evidence).toMatchObject({ n: 5, median: 0.55, q1: 0.5, q3: 0.6 })
    expect(run(caseAt(0.55), peers)).toEqual([])
  })

  it('does not flag a distance of exactly 0.3, despite binary rounding', () => {
    // 0.4 − 0.1 is 0.30000000000000004 in floating point.
    expect(run(caseAt(0.4), [peer({ position: 0.1 })])).toEqual([])
    expect(run(caseAt(0.8), [peer({ position: 0.5 })])).toEqual([])
    expect(run(withFine(subject(), at(0.8) + 1), [peer({ position: 0.5 })])).toHaveLength(1)
  })

  it('compares only the same item, benchmark version and level, excluding the case itself', () => {
    const far = { position: 0.95 }
    expect(run(caseAt(0.35), [peer({ ...far, itemCode: 'OTHER' })])).toEqual([])
    expect(run(caseAt(0.35), [peer({ ...far, benchmarkId: 'OTHER' })])).toEqual([])
    expect(run(caseAt(0.35), [peer({ ...far, level: 'HEAVIER' })])).toEqual([])
    expect(run(caseAt(0.35), [peer({ ...far, caseId: 'case-1' })])).toEqual([])
    expect(run(caseAt(0.35), [peer({ ...far, position: null })])).toEqual([])
  })

  it('uses the rolling 12 months before asOf: (2024-04-20, 2025-04-20]', () => {
    const far = { position: 0.95 }
    expect(run(caseAt(0.35), [peer({ ...far, decidedOn: '2024-04-20' })])).toEqual([])
    expect(run(caseAt(0.35), [peer({ ...far, decidedOn: '2024-04-21' })])).toHaveLength(1)
    expect(run(caseAt(0.35), [peer({ ...far, decidedOn: '2025-04-20' })])).toHaveLength(1)
    expect(run(caseAt(0.35), [peer({ ...far, decidedOn: '2025-04-21' })])).toEqual([])
  })

  it('waits for the configured number of peers', () => {
    const c = config((x) => {
      x.peer.minPeers = { ...x.peer.minPeers, value: 2 }
    })
    expect(run(caseAt(0.35), [peer({ position: 0.95 })], c)).toEqual([])
    const two = [peer({ position: 0.95 }), peer({ caseId: 'p2', position: 0.9 })]
    expect(run(caseAt(0.35), two, c)).toHaveLength(1)
  })

  it('has no position to compare without a fine or a range', () => {
    expect(run(subject({ penalty: null }), [peer({ position: 0.95 })])).toEqual([])
  })
})
