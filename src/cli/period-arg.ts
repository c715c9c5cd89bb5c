// The --period option of `export` and `stats`: a year (2025), a quarter (2025-Q1), a month (2025-03)
// or two dates (2025-01-01..2025-06-30).
import { periodOf, type Period } from '../core/statistics/period'
import { isCalendarDate } from '../core/text/calendar-date'
import { UsageError } from './args'

export const PERIOD_HELP = '2025（年）、2025-Q1（季度）、2025-03（月）或 2025-01-01..2025-06-30'

export function parsePeriod(text: string): Period {
  const year = /^(\d{4})$/.exec(text)
  if (year) return periodOf('year', Number(year[1]))
  const quarter = /^(\d{4})-Q([1-4])$/i.exec(text)
  if (quarter) return periodOf('quarter', Number(quarter[1]), Number(quarter[2]))
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(text)
  if (month) return periodOf('month', Number(month[1]), Number(month[2]))
  const range = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(text)
  if (range && isCalendarDate(range[1] ?? '') && isCalendarDate(range[2] ?? '')) {
    const p = { from: range[1] as string, to: range[2] as string }
    if (p.to < p.from) throw new UsageError(`期间的结束日早于开始日：${text}`)
    return p
  }
  throw new UsageError(`无法识别的期间“${text}”，应为 ${PERIOD_HELP}`)
}
