// The decision clock: APL Art. 60, 90 days from 立案. The market-regulation extension (+30 days with
// the head's approval, then a period fixed by collective discussion) and the days that do not count
// (中止、听证、公告、检测检验检疫鉴定) come from 《市场监督管理行政处罚程序规定》, which Art. 60 admits
// (法律、法规、规章另有规定的，从其规定); its text was not obtained, so that citation is unverified.
import { dateZh } from '../discretion/citation'
import type { ClockResult, WorkingCalendar } from './calendar'
import { fail, invalidDate, ok } from './calendar'
import { applyLastDayRule, type LastDayRule } from './calendar-days'
import { CLOCK_CITATIONS as C } from './citations'
import type { Deadline, PausedSpan } from './deadline'
import { addCountedDays, calendarSources, lastDayClause, pausedDates } from './deadline'
import { isCalendarDate } from './days'

export type DecisionClockInput = {
  /** 立案日. Not counted (民法典 Art. 201 ¶1). */
  filedOn: string
  /** Days that do not count, both ends included. Days before 立案 are ignored. */
  pauses?: readonly PausedSpan[]
  /** 经市场监督管理部门负责人批准延长三十日. */
  extension30?: boolean
  /** 负责人集体讨论决定继续延期时确定的合理期限（日）; only after the 30-day extension. */
  furtherExtensionDays?: number
  /** Default 'keep': deciding is the agency's own duty (see calendar-days.ts). */
  lastDay?: LastDayRule
}

export function decisionDeadline(
  calendar: WorkingCalendar,
  input: DecisionClockInput
): ClockResult<Deadline> {
  const { filedOn, extension30 = false, furtherExtensionDays = 0, lastDay = 'keep' } = input
  if (!isCalendarDate(filedOn)) return invalidDate(filedOn)
  if (!Number.isInteger(furtherExtensionDays) || furtherExtensionDays < 0) {
    return fail('INVALID_INPUT', `继续延期的天数应为非负整数，实为 ${furtherExtensionDays}`)
  }
  if (furtherExtensionDays > 0 && !extension30) {
    return fail('INVALID_INPUT', '集体讨论继续延期以已经批准延长三十日为前提')
  }
  const paused = pausedDates(input.pauses ?? [])
  if (!paused.ok) return paused
  const total = 90 + (extension30 ? 30 : 0) + furtherExtensionDays
  const nominal = addCountedDays(filedOn, total, paused.value)
  const end = applyLastDayRule(calendar, nominal, lastDay)
  if (!end.ok) return end

  const skipped = [...paused.value].filter((d) => d > filedOn && d <= nominal).length
  const parts = [
    `依《中华人民共和国行政处罚法》第六十条，应自立案之日（${dateZh(filedOn)}）起九十日内作出行政处罚决定；立案当日不计入（《中华人民共和国民法典》第二百零一条第一款）。`
  ]
  if (extension30) parts.push('经负责人批准延长三十日。')
  if (furtherExtensionDays > 0) parts.push(`经负责人集体讨论继续延期${furtherExtensionDays}日。`)
  if (skipped > 0) parts.push(`中止、听证、公告、检测检验等不计入办案期限的共${skipped}日。`)
  parts.push(`期限届满日为${dateZh(end.value.due)}。`, lastDayClause(end.value, lastDay))

  const sources = calendarSources(calendar, filedOn, end.value.due)
  const usesRule = extension30 || skipped > 0
  return ok({
    due: end.value.due,
    citation: C.decision90,
    related: [
      C.startDayExcluded,
      ...(usesRule ? [C.decisionExtension] : []),
      ...(end.value.extended ? [C.lastDayHoliday] : []),
      ...sources.related
    ],
    explanation: parts.join(''),
    notes: [
      ...(usesRule
        ? [
            '延期与不计入期间的规则出自《市场监督管理行政处罚程序规定》（文本未核对），仅适用于市场监管部门；其他系统按其本系统规定。'
          ]
        : []),
      ...sources.notes
    ]
  })
}
