// 查封、扣押 beyond its time limit (行政强制法 Art. 25): 30 days, plus at most 30 more with the head's
// approval; testing and appraisal time does not count; the start day is not counted (民法典 Art. 201
// ¶1). Goods held after the last day — or released after it — are an over-long seizure (超时限查封,
// one of the four abuses, domain.md §6). The last day is kept even on a rest day: releasing on time
// is the agency's own duty (see src/core/clocks/calendar-days.ts).
import { addCountedDays, pausedDates, pausedWithin } from '../clocks/deadline'
import { daysBetween } from '../discretion/dates'
import type { Check } from './check'
import { REVIEW_CITATIONS as C } from './citations'
import { dateZh } from './format'
import type { ReviewFlag } from './flag'

export const checkSeizures: Check = ({ subject, config }) => {
  const base = config.seizure.days.value
  const extra = config.seizure.extensionDays.value
  const flags: ReviewFlag[] = []
  subject.seizures.forEach((s, index) => {
    const spans = pausedDates(s.testing)
    const paused = spans.ok ? spans.value : new Set<string>()
    const allowedDays = s.extensionApproved ? base + extra : base
    const due = addCountedDays(s.startedOn, allowedDays, paused)
    const end = s.releasedOn ?? subject.asOf
    if (end <= due) return
    const heldDays = daysBetween(s.startedOn, end) - pausedWithin(s.startedOn, end, paused)
    const limit = s.extensionApproved
      ? `含经批准延长的${extra}日共${allowedDays}日`
      : `${base}日，未记录经负责人批准延长`
    flags.push({
      code: 'SEIZURE_OVERDUE',
      severity: 'flag',
      message: s.releasedOn
        ? `${dateZh(s.startedOn)}实施的查封、扣押于${dateZh(s.releasedOn)}才解除，超过期限（${limit}，${dateZh(due)}届满）；请核查延长审批和检测、检验期间的记录。`
        : `${dateZh(s.startedOn)}实施的查封、扣押至今未解除，期限（${limit}）已于${dateZh(due)}届满；请立即依法解除，或者核查延长审批（延长不得超过${extra}日）。`,
      citations: [C.seizure, C.startDayExcluded],
      evidence: {
        index,
        startedOn: s.startedOn,
        dueOn: due,
        releasedOn: s.releasedOn,
        extensionApproved: s.extensionApproved,
        heldDays,
        allowedDays,
        testingDays: pausedWithin(s.startedOn, end, paused)
      },
      rule: 'seizure',
      configKeys: ['seizure.days', 'seizure.extensionDays']
    })
  })
  return flags
}
