import { decisionDeadline } from '../../core/clocks/decision'
import { dueStatus } from '../../core/clocks/due-status'
import { formatCitation } from '../../core/discretion/citation'
import { daysBetween } from '../../core/discretion/dates'
import { shanghaiDate } from '../../core/text/calendar-date'
import { AppError } from '../../shared/errors'
import type { CaseClockView } from '../../shared/views'
import { getCaseRow } from '../cases/repo'
import type { Handler } from '../context'

/**
 * The statutory clocks of one case, as of today in Asia/Shanghai. For now the decision clock (APL
 * Art. 60) of a filed case; the lifecycle adds hearing, service, payment and enforcement clocks as its
 * stages record the dates they run from.
 */
const clocks: Handler<'cases/clocks'> = (input, ctx) => {
  const row = getCaseRow(ctx.db, input.id)
  if (!row || row.deleted_at !== null) throw new AppError('NOT_FOUND', '案件不存在或已删除。')
  if (!row.filed_on) return []
  const calendar = ctx.calendar.current()
  if (!calendar.ok) return [{ clock: 'decision', ok: false, problem: calendar.problem }]
  const result = decisionDeadline(calendar.calendar, { filedOn: row.filed_on })
  if (!result.ok) return [{ clock: 'decision', ok: false, problem: result.problem.message }]
  const today = shanghaiDate(ctx.clock.now())
  const view: CaseClockView = {
    clock: 'decision',
    ok: true,
    due: result.value.due,
    status: dueStatus(result.value.due, today),
    daysLeft: daysBetween(today, result.value.due),
    citation: formatCitation(result.value.citation),
    explanation: result.value.explanation,
    notes: result.value.notes
  }
  return [view]
}

export const clockHandlers = { 'cases/clocks': clocks }
