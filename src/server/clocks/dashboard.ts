import { dueStatus } from '../../core/clocks/due-status'
import { addDays } from '../../core/clocks/days'
import { shanghaiDate } from '../../core/text/calendar-date'
import type { DeadlineCounts, DeadlinesView } from '../../shared/views'
import { casesDueBy, summariesByIds } from './repo'
import type { Handler } from '../context'
import { listActiveOfficers } from '../users/repo'

const LIST_LIMIT = 200

const zero = (): DeadlineCounts => ({ overdue: 0, today: 0, thisWeek: 0 })

/**
 * Decision clocks (APL Art. 60) and fine payments (Art. 67 ¶3) that are overdue, due today or due within 7 days, for the unit and per
 * officer (a case counts for both of its officers). Counts are complete; the case list is capped.
 */
const deadlines: Handler<'dashboard/deadlines'> = (input, ctx) => {
  const today = shanghaiDate(ctx.clock.now())
  const rows = casesDueBy(ctx.db, addDays(today, 7), input.officerId ?? null)
  const unit = zero()
  const perOfficer = new Map<string, DeadlineCounts>()
  for (const row of rows) {
    const status = dueStatus(row.due_on, today)
    if (status === 'later') continue
    unit[status]++
    for (const officer of [row.officer1_id, row.officer2_id]) {
      const counts = perOfficer.get(officer) ?? zero()
      counts[status]++
      perOfficer.set(officer, counts)
    }
  }
  const listed = rows.slice(0, LIST_LIMIT)
  const summaries = new Map(
    summariesByIds(
      ctx.db,
      listed.map((r) => r.id)
    ).map((c) => [c.id, c])
  )
  const cases = listed.flatMap((r) => {
    const summary = summaries.get(r.id)
    const status = dueStatus(r.due_on, today)
    if (!summary || status === 'later') return []
    return [{ ...summary, clock: r.clock, dueOn: r.due_on, dueStatus: status }]
  })
  const byOfficer = listActiveOfficers(ctx.db)
    .filter((o) => perOfficer.has(o.id))
    .map((o) => ({ ...o, ...(perOfficer.get(o.id) ?? zero()) }))
  const view: DeadlinesView = { today, unit, byOfficer, cases, truncated: rows.length > LIST_LIMIT }
  return view
}

export const dashboardHandlers = { 'dashboard/deadlines': deadlines }
