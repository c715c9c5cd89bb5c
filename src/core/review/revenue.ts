// 罚没收入 growth (domain.md §6, §7.3, §9.1): growth above 20 % year on year raises a control warning
// for 趋利性执法. It is never a target: APL Art. 74 ¶3 forbids linking fine revenue to the agency's
// assessment, so this check only ever warns about growth and never about a shortfall.
import { REVIEW_CITATIONS as C } from './citations'
import type { ReviewConfig } from './config'
import { compareFraction } from './exact'
import { percentText, yuanText } from './format'
import type { ReviewFlag } from './flag'
import type { RevenueFigures } from './types'

export function checkRevenueGrowth(r: RevenueFigures, config: ReviewConfig): ReviewFlag[] {
  const { thisYearFen: now, lastYearFen: before } = r
  const threshold = config.revenue.growthAbove.value
  const growing =
    before > 0 ? compareFraction(now - before, before, threshold) > 0 : before === 0 && now > 0
  if (!growing) return []
  const growth = before > 0 ? (now - before) / before : null
  const change =
    growth === null
      ? `上年度为零，本年度为${yuanText(now)}`
      : `本年度${yuanText(now)}，较上年度${yuanText(before)}增长${percentText(growth)}`
  return [
    {
      code: 'REVENUE_GROWTH',
      severity: 'warning',
      message: `罚没收入${change}，超过${percentText(threshold)}的预警线；罚没收入只作监督预警、不得作为考核指标，请核查是否存在趋利性执法或者随意顶格、高额罚款。`,
      citations: [C.revenueNotATarget, C.fineGuidance],
      evidence: { thisYearFen: now, lastYearFen: before, growth, threshold },
      rule: 'revenue',
      configKeys: ['revenue.growthAbove']
    }
  ]
}
