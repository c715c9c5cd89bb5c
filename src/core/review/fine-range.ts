// A fine outside the statutory range of its branch. Above the maximum no level can justify it; below
// the minimum it is 减轻, which needs a statutory ground (APL Art. 32) and the level MITIGATED. The
// discretion engine warns about the intended fine; this re-checks the fine actually notified or decided.
import type { Check } from './check'
import { NONE } from './check'
import { REVIEW_CITATIONS as C } from './citations'
import { levelText, rangeText, yuanText } from './format'
import type { ReviewFlag } from './flag'
import { subjectFine } from './measures'

export const checkFineRange: Check = ({ subject }) => {
  const fine = subjectFine(subject)
  const range = subject.statutoryRange
  if (fine === null || range === null) return NONE
  const evidence = {
    fineFen: fine,
    minFen: range.minFen,
    maxFen: range.maxFen,
    level: subject.level
  }
  const flags: ReviewFlag[] = []
  if (fine > range.maxFen) {
    flags.push({
      code: 'FINE_ABOVE_STATUTORY_MAX',
      severity: 'block',
      message: `罚款${yuanText(fine)}超过法定最高额（法定幅度${rangeText(range)}），不得作出；请在法定幅度内重新裁量。`,
      citations: [C.alteredRange],
      evidence,
      rule: 'fineRange',
      configKeys: []
    })
  }
  if (fine < range.minFen && subject.level !== 'MITIGATED') {
    flags.push({
      code: 'FINE_BELOW_STATUTORY_MIN',
      severity: 'flag',
      message: `罚款${yuanText(fine)}低于法定最低额（法定幅度${rangeText(range)}），实为减轻处罚，但裁量阶次为${levelText(subject.level)}；请核查是否具有法定减轻情形并经批准，或者调整罚款。`,
      citations: [C.mitigation, C.alteredRange],
      evidence,
      rule: 'fineRange',
      configKeys: []
    })
  }
  return flags
}
