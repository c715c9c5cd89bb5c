// 顶格 without a 从重 ground (domain.md §9.1): the statutory maximum is for the worst cases, so a fine
// at the top needs a recorded aggravating ground; 国发〔2024〕5号 forbids arbitrary 顶格 fines [P].
import type { Check } from './check'
import { NONE } from './check'
import { REVIEW_CITATIONS as C } from './citations'
import { compareFraction } from './exact'
import { rangeText, yuanText } from './format'
import { positionInRange, subjectFine } from './measures'

export const checkTopOfRange: Check = ({ subject, config }) => {
  const fine = subjectFine(subject)
  const range = subject.statutoryRange
  if (fine === null || range === null || fine > range.maxFen) return NONE
  const pos = positionInRange(fine, range)
  if (pos === null || subject.aggravatingGrounds.length > 0) return NONE
  const top = config.position.topOfRange.value
  if (compareFraction(fine - range.minFen, range.maxFen - range.minFen, top) < 0) return NONE
  return [
    {
      code: 'TOP_OF_RANGE_WITHOUT_GROUND',
      severity: 'flag',
      message: `罚款${yuanText(fine)}达到法定幅度（${rangeText(range)}）的最高额（顶格处罚），但未记录从重情形；请核查从重情形及其证据，或者重新裁量。`,
      citations: [C.proportionality, C.fineGuidance],
      evidence: {
        fineFen: fine,
        minFen: range.minFen,
        maxFen: range.maxFen,
        position: pos,
        topOfRange: top,
        aggravatingGrounds: 0
      },
      rule: 'topOfRange',
      configKeys: ['position.topOfRange']
    }
  ]
}
