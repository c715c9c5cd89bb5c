// The stored decision due date: APL Art. 60, 90 calendar days after 立案 (the filing day not counted,
// 民法典 Art. 201 ¶1), last day kept even on a rest day — the agency's own duty (see decision.ts). No
// pause or extension yet: the lifecycle adds them through decisionDeadline() and rewrites the date.
import { addDays } from './days'

export const DECISION_PERIOD_DAYS = 90

export function nominalDecisionDue(filedOn: string): string {
  return addDays(filedOn, DECISION_PERIOD_DAYS)
}
