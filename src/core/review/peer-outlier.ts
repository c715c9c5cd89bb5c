// 类案不同罚 (domain.md §9.1): the case's position in the range is far from the median of its peers.
// Positions make fines of one item comparable across branches and bases; the median resists the
// other outliers in the group.
import type { Check } from './check'
import { NONE } from './check'
import { REVIEW_CITATIONS as C } from './citations'
import { exceeds } from './exact'
import { dateZh, levelText, percentText } from './format'
import { subjectPosition } from './measures'
import { selectPeers } from './peers'
import { summarize } from './stats'

export const checkPeerOutlier: Check = ({ subject, peers, config }) => {
  const pos = subjectPosition(subject)
  if (pos === null) return NONE
  const { window, peers: group } = selectPeers(subject, peers, config)
  const values = group.flatMap((p) => (p.position === null ? [] : [p.position]))
  if (values.length === 0 || values.length < config.peer.minPeers.value) return NONE
  const s = summarize(values)
  if (s === null) return NONE
  const threshold = config.peer.positionDeviationAbove.value
  const distance = Math.abs(pos - s.median)
  if (!exceeds(distance, threshold)) return NONE
  return [
    {
      code: 'PEER_OUTLIER',
      severity: 'flag',
      message: `本案罚款位于法定幅度的${percentText(pos)}处，${dateZh(window.from)}后同一事项、同一基准版本、同为${levelText(subject.level)}的${s.n}件案件中位数为${percentText(s.median)}，相差超过${percentText(threshold)}；请核查本案情节与同类案件的差异，防止类案不同罚。`,
      citations: [C.benchmarkGuidance, C.proportionality],
      evidence: {
        position: pos,
        distance,
        threshold,
        n: s.n,
        median: s.median,
        q1: s.q1,
        q3: s.q3,
        iqr: s.iqr,
        min: s.min,
        max: s.max,
        cv: s.cv,
        windowFrom: window.from,
        windowTo: window.to
      },
      rule: 'peerOutlier',
      configKeys: ['peer.positionDeviationAbove', 'peer.windowMonths', 'peer.minPeers']
    }
  ]
}
