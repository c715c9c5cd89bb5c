import type { ClockResult, WorkingCalendar } from '../../core/clocks/calendar'
import type { Deadline } from '../../core/clocks/deadline'
import { decisionDeadline } from '../../core/clocks/decision'
import { dueStatus } from '../../core/clocks/due-status'
import { courtApplicationDeadline, seizureDeadline } from '../../core/clocks/enforcement'
import { paymentDeadline } from '../../core/clocks/payment'
import {
  hearingNoticeDeadline,
  hearingRequestDeadline,
  publicationDeadline,
  serviceDeadline
} from '../../core/clocks/procedure'
import { addWorkingDays } from '../../core/clocks/working-days'
import { dateZh, formatCitation } from '../../core/discretion/citation'
import { daysBetween } from '../../core/discretion/dates'
import { decisionPauses, openSeizure, type CaseProgress } from '../../core/lifecycle/progress'
import type { CaseClockView, ClockKind } from '../../shared/views'
import type { Handler } from '../context'
import { loadCaseState, todayOf } from '../lifecycle/state'

type Pending = { clock: ClockKind; result: ClockResult<Deadline> }

/** The statement period (configurable working days; see unit-config.yaml `statements`). */
function statementDeadline(
  calendar: WorkingCalendar,
  notifiedOn: string,
  days: number,
  source: string
): ClockResult<Deadline> {
  const due = addWorkingDays(calendar, notifiedOn, days)
  if (!due.ok) return due
  return {
    ok: true,
    value: {
      due: due.value,
      citation: {
        law: '中华人民共和国行政处罚法',
        article: '第四十四条、第六十二条',
        version: '2021-01-22'
      },
      related: [],
      explanation: `告知日（${dateZh(notifiedOn)}）后${days}个工作日内，当事人可以陈述、申辩，期限届满日为${dateZh(due.value)}；届满前，除当事人明确放弃外，不得作出决定。期间依据：${source}。`,
      notes: []
    }
  }
}

/**
 * The clocks that run now, each from the step it runs from: until the decision, the 90-day clock
 * (with pauses and approved extensions) and, after a notice, the statement and hearing periods;
 * after the decision, service, publication, payment and court application.
 */
function runningClocks(
  calendar: WorkingCalendar,
  p: CaseProgress,
  statementDays: { workingDays: number; source: string },
  today: string
): Pending[] {
  const out: Pending[] = []
  const pending = ['FILED', 'INVESTIGATING', 'UNDER_REVIEW', 'NOTIFIED'].includes(p.status)
  if (pending && p.filedOn && !p.suspendedSince) {
    out.push({
      clock: 'decision',
      result: decisionDeadline(calendar, {
        filedOn: p.filedOn,
        pauses: decisionPauses(p, today),
        extension30: p.extension30,
        furtherExtensionDays: p.furtherExtensionDays
      })
    })
  }
  if (p.status === 'NOTIFIED' && p.notice) {
    if (!p.waivedOn && p.statementsSinceNotice === 0) {
      out.push({
        clock: 'statement',
        result: statementDeadline(
          calendar,
          p.notice.on,
          statementDays.workingDays,
          statementDays.source
        )
      })
    }
    if (p.notice.hearingOffered && !p.hearing && !p.waivedOn) {
      out.push({ clock: 'hearingRequest', result: hearingRequestDeadline(calendar, p.notice.on) })
    }
    if (p.hearing?.hearingOn && !p.hearing.heldOn && !p.hearing.noticeOn) {
      out.push({
        clock: 'hearingNotice',
        result: hearingNoticeDeadline(calendar, p.hearing.hearingOn)
      })
    }
  }
  const seizure = openSeizure(p)
  if (seizure) {
    out.push({
      clock: 'seizure',
      result: seizureDeadline(calendar, {
        startedOn: seizure.startedOn,
        extended: seizure.extensionApproved
      })
    })
  }
  const d = p.decision
  if (d && p.status === 'DECIDED') {
    out.push({ clock: 'service', result: serviceDeadline(calendar, d.on) })
  }
  if (d && d.outcome === 'penalty' && d.procedure === 'ordinary' && !p.publishedOn) {
    if (!d.penalty.types.every((t) => t === 'warning') && p.status !== 'ARCHIVED') {
      out.push({ clock: 'publication', result: publicationDeadline(calendar, d.on) })
    }
  }
  const executing = p.status === 'SERVED' || p.status === 'EXECUTING'
  if (d && d.outcome === 'penalty' && d.penalty.fineFen !== null && p.service && executing) {
    if (p.deferral === null) {
      out.push({ clock: 'payment', result: paymentDeadline(calendar, p.service.on) })
    }
    if (p.reminderOn && !p.courtAppliedOn) {
      out.push({
        clock: 'courtApplication',
        result: courtApplicationDeadline(calendar, {
          knownOn: p.service.on,
          ...(p.deferral ? { deferralEndsOn: p.deferral.until } : {})
        })
      })
    }
  }
  return out
}

const clocks: Handler<'cases/clocks'> = (input, ctx) => {
  const state = loadCaseState(ctx, input.id)
  const loaded = ctx.calendar.current()
  if (!loaded.ok) {
    return state.progress.filedOn ? [{ clock: 'decision', ok: false, problem: loaded.problem }] : []
  }
  const today = todayOf(ctx)
  const statementDays = ctx.discretion.current(ctx.db).config.statements
  return runningClocks(loaded.calendar, state.progress, statementDays, today).map(
    ({ clock, result }): CaseClockView => {
      if (!result.ok) return { clock, ok: false, problem: result.problem.message }
      return {
        clock,
        ok: true,
        due: result.value.due,
        status: dueStatus(result.value.due, today),
        daysLeft: daysBetween(today, result.value.due),
        citation: formatCitation(result.value.citation),
        explanation: result.value.explanation,
        notes: result.value.notes
      }
    }
  )
}

export const clockHandlers = { 'cases/clocks': clocks }
