import { describe, expect, it } from 'vitest'
import { checkPeerDispersion } from './peer-dispersion'
import { config, only, peer, subject } from './review.test-support'
import type { PeerCase } from './types'

const run = (peers: PeerCase[], c = config()) =>
  checkPeerDispersion({ subject: subject(), peers, config: c })
const group = (
  positions: (number | null)[],
  ratios: (number | null)[] = positions.map(() => null)
) =>
  positions.map((position, i) =>
    peer({ caseId: `p${i}`, position, finePerBase: ratios[i] ?? null })
  )

describe('peer dispersion', () => {
  it('warns when the positions of the peer group vary with a CV above 0.5', () => {
    const f = only(run(group([0.1, 0.5, 0.9])))
    expect(f).toMatchObject({ code: 'PEER_DISPERSION', severity: 'warning' })
    expect(f.evidence).toMatchObject({ measure: 'position', n: 3, median: 0.5 })
    expect(f.evidence.cv).toBeCloseTo(0.8, 12)
    expect(f.message).toContain('罚款在法定幅度中的位置的变异系数为0.8，超过0.5')
  })

  it('does not warn at a CV of exactly 0.5', () => {
    expect(run(group([0.2, 0.4, 0.6]))).toEqual([])
    expect(run(group([null, null, null], [2, 4, 6]))).toEqual([])
    expect(run(group([null, null, null], [2, 4, 6.01]))).toHaveLength(1)
  })

  it('measures fine ÷ base too, and only the configured measures', () => {
    const peers = group([0.1, 0.5, 0.9], [1, 10, 100])
    expect(run(peers).map((f) => f.evidence.measure)).toEqual(['position', 'finePerBase'])
    const c = config((x) => {
      x.peer.measures = { ...x.peer.measures, value: ['finePerBase'] }
    })
    expect(run(peers, c).map((f) => f.evidence.measure)).toEqual(['finePerBase'])
  })

  it('needs three peers by default', () => {
    expect(run(group([0.1, 0.9]))).toEqual([])
    const c = config((x) => {
      x.peer.minPeersForDispersion = { ...x.peer.minPeersForDispersion, value: 2 }
    })
    expect(run(group([0.1, 0.9]), c)).toHaveLength(1)
  })

  it('ignores peers outside the group', () => {
    const peers = group([0.1, 0.5, 0.9]).map((p) => ({ ...p, level: 'LIGHTER' as const }))
    expect(run(peers)).toEqual([])
  })
})
