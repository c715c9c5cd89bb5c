// Dispersion of the peer group itself (domain.md §9.1: CV > 0.5). It describes the unit's practice for
// the item, not this case, so it is a warning: context for the reviewer and a prompt to harmonise.
import { assertNever } from '../assert'
import type { Check } from './check'
import { REVIEW_CITATIONS as C } from './citations'
import type { PeerMeasure } from './config'
import { exceeds } from './exact'
import { dateZh, decimalText, levelText } from './format'
import type { ReviewFlag } from './flag'
import { selectPeers } from './peers'
import { summarize } from './stats'
import type { PeerCase } from './types'

function valueOf(p: PeerCase, m: PeerMeasure): number | null {
  switch (m) {
    case 'position':
      return p.position
    case 'finePerBase':
      return p.finePerBase
  }
  return assertNever(m)
}

function measureText(m: PeerMeasure): string {
  switch (m) {
    case 'position':
      return '罚款在法定幅度中的位置'
    case 'finePerBase':
      return '罚款与违法所得或者货值金额之比'
  }
  return assertNever(m)
}

export const checkPeerDispersion: Check = ({ subject, peers, config }) => {
  const { window, peers: group } = selectPeers(subject, peers, config)
  const threshold = config.peer.cvAbove.value
  const flags: ReviewFlag[] = []
  for (const m of config.peer.measures.value) {
    const values = group.flatMap((p) => {
      const v = valueOf(p, m)
      return v === null ? [] : [v]
    })
    if (values.length < Math.max(2, config.peer.minPeersForDispersion.value)) continue
    const s = summarize(values)
    if (s === null || s.cv === null || !exceeds(s.cv, threshold)) continue
    flags.push({
      code: 'PEER_DISPERSION',
      severity: 'warning',
      message: `${dateZh(window.from)}后同一事项、同一基准版本、同为${levelText(subject.level)}的${s.n}件案件，${measureText(m)}的变异系数为${decimalText(s.cv)}，超过${threshold}，裁量尺度不一；请对照同类案件核查本案裁量，并提请统一裁量尺度。`,
      citations: [C.benchmarkGuidance, C.proportionality],
      evidence: {
        measure: m,
        n: s.n,
        median: s.median,
        q1: s.q1,
        q3: s.q3,
        iqr: s.iqr,
        mean: s.mean,
        sd: s.sd,
        cv: s.cv,
        threshold,
        windowFrom: window.from,
        windowTo: window.to
      },
      rule: 'peerDispersion',
      configKeys: [
        'peer.cvAbove',
        'peer.measures',
        'peer.windowMonths',
        'peer.minPeersForDispersion'
      ]
    })
  }
  return flags
}
