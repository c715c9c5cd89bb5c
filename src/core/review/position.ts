// Position in range vs level (domain.md §9.1): under R30 a 从轻 fine sits in the lowest 30 % of the
// statutory span and a 从重 fine in the highest 30 %; the item's profile gives the fractions. A fine
// outside its level's fractions is a deviation from the benchmark: with a recorded approval it is
// shown for checking (warning), without one it needs the reviewer's verdict.
import type { Check } from './check'
import { NONE } from './check'
import { REVIEW_CITATIONS as C } from './citations'
import { profileFor } from './config'
import { compareFraction } from './exact'
import { bandText, levelText, percentText, rangeText, yuanText } from './format'
import { positionInRange, subjectFine } from './measures'

export const checkPosition: Check = ({ subject, config }) => {
  const level = subject.level
  if (level !== 'LIGHTER' && level !== 'NORMAL' && level !== 'HEAVIER') return NONE
  const fine = subjectFine(subject)
  const range = subject.statutoryRange
  if (fine === null || range === null) return NONE
  const pos = positionInRange(fine, range)
  // Outside the range is the fine-range check's business; a single-amount range has no position.
  if (pos === null || fine < range.minFen || fine > range.maxFen) return NONE
  const profile = profileFor(config, subject.profile)
  if (!profile) return NONE
  const band = profile.fractions[level]
  const part = fine - range.minFen
  const width = range.maxFen - range.minFen
  // Verified public service lowers the fine inside its level (公益减罚): not a deviation downwards.
  const below = compareFraction(part + subject.publicServiceOffsetFen, width, band[0]) < 0
  const above = compareFraction(part, width, band[1]) > 0
  if (!below && !above) return NONE
  const approval = subject.deviationApproval
  const ask = approval
    ? '已记录偏离审批，请核对审批理由与材料'
    : '请核查阶次认定，或者说明偏离裁量基准的理由并报批'
  return [
    {
      code: 'POSITION_IN_RANGE',
      severity: approval ? 'warning' : 'flag',
      message: `罚款${yuanText(fine)}位于法定幅度（${rangeText(range)}）的${percentText(pos)}处，${below ? '低于' : '高于'}${levelText(level)}对应的${bandText(band)}区间（${profile.name}）；${ask}。`,
      citations: [C.benchmark, C.proportionality, C.deviationApproval],
      evidence: {
        fineFen: fine,
        minFen: range.minFen,
        maxFen: range.maxFen,
        position: pos,
        level,
        profile: profile.name,
        bandFrom: band[0],
        bandTo: band[1],
        approvedBy: approval?.by ?? null
      },
      rule: 'position',
      configKeys: ['position.profiles', 'position.defaultProfile']
    }
  ]
}
