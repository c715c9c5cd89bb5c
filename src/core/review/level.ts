// Level vs recorded circumstances (domain.md §9.1): the level decided differs from the one the
// recorded circumstances imply, with no recorded approval; and 减轻 without approval. Deviating from
// the benchmark needs the principal head's approval or collective discussion, archived in the 副卷
// (Hubei 2023 notice [P]); issue 5 asks the same for any 减轻.
import type { Check } from './check'
import { NONE } from './check'
import { REVIEW_CITATIONS as C } from './citations'
import { levelText } from './format'
import type { ReviewFlag } from './flag'

export const checkLevel: Check = ({ subject }) => {
  const { level, proposedLevel, deviationApproval } = subject
  if (deviationApproval !== null) return NONE
  const flags: ReviewFlag[] = []
  const evidence = { level, proposedLevel, approved: false }
  if (level !== proposedLevel) {
    flags.push({
      code: 'LEVEL_MISMATCH',
      severity: 'flag',
      message: `按记录的情节应为${levelText(proposedLevel)}，所定阶次却为${levelText(level)}，且未记录主要负责人批准或者集体讨论；请核查偏离裁量基准的理由，补充审批材料归入副卷，或者调整阶次。`,
      citations: [C.deviationApproval, C.benchmark, C.proportionality],
      evidence,
      rule: 'level',
      configKeys: []
    })
  }
  if (level === 'MITIGATED') {
    flags.push({
      code: 'MITIGATION_UNAPPROVED',
      severity: 'flag',
      message:
        '减轻处罚未记录主要负责人批准或者集体讨论；请核查法定减轻情形，并补充审批材料归入副卷。',
      citations: [C.mitigation, C.deviationApproval, C.benchmarkGuidance],
      evidence,
      rule: 'level',
      configKeys: []
    })
  }
  return flags
}
