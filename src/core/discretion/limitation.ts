// APL Art. 36: 违法行为在二年内未被发现的，不再给予行政处罚；涉及公民生命健康安全、
// 金融安全且有危害后果的，上述期限延长至五年。期限从违法行为发生之日起计算；
// 有连续或者继续状态的，从行为终了之日起计算。
//
// Counting (the APL has no rule for years; practice borrows 民法典 Arts. 201–202): the day of
// the act is not counted, and the period ends on the same month and day N years later, which is
// the LAST DAY ON WHICH DISCOVERY STILL ALLOWS A PENALTY. Discovery on the following day is too
// late. Over a span without 29 February that last day is day 730 after the act (2 years) and day
// 731 is too late; over a span containing 29 February the last day is day 731.
import { APL_ART } from './citation'
import { addYears, daysBetween, laterOf } from './dates'
import type { Facts } from './facts-schema'
import type { TraceStep } from './result-types'
import { dateZh } from './citation'

export type LimitationResult = {
  expired: boolean
  years: 2 | 5
  start: string
  lastDay: string
  daysToDiscovery: number
}

export function limitation(facts: Facts): LimitationResult {
  const start = laterOf(facts.dates.violation, facts.dates.continuingUntil)
  const years = facts.lifeHealthFinancialSafety && facts.harm !== 'none' ? 5 : 2
  const lastDay = addYears(start, years)
  return {
    expired: facts.dates.discovery > lastDay,
    years,
    start,
    lastDay,
    daysToDiscovery: daysBetween(start, facts.dates.discovery)
  }
}

export function limitationTrace(r: LimitationResult, continuing: boolean): TraceStep {
  const from = continuing ? '违法行为终了之日' : '违法行为发生之日'
  const why = r.years === 5 ? '（涉及公民生命健康安全、金融安全且有危害后果，延长至五年）' : ''
  const verdict = r.expired ? `发现时已超过追责期限，不再给予行政处罚` : `在追责期限内发现`
  return {
    step: 'limitation',
    citation: APL_ART.art36,
    finding: `追责期限${r.years}年${why}，自${from}${dateZh(r.start)}起算，最后一日为${dateZh(r.lastDay)}；违法行为于第${r.daysToDiscovery}日被发现，${verdict}。`
  }
}
