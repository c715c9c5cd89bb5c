// Everything the lifecycle guards need about one case, loaded inside the caller's transaction: the
// folded progress, the payments, the parties and the configured thresholds.
import type { PartyKind } from '../../core/cases/vocabulary'
import type { WorkingCalendar } from '../../core/clocks/calendar'
import { decisionDeadline } from '../../core/clocks/decision'
import { shanghaiDate } from '../../core/text/calendar-date'
import type { System } from '../../core/discretion/catalogue-schema'
import { balanceOf, type Balance } from '../../core/lifecycle/execution'
import type { BenchmarkContext, GuardContext } from '../../core/lifecycle/guards'
import { evaluationsOfCase } from '../discretion/repo'
import type { HearingThresholds } from '../../core/lifecycle/penalty'
import { decisionPauses, foldActions, type CaseProgress } from '../../core/lifecycle/progress'
import { AppError } from '../../shared/errors'
import type { PaymentView } from '../../shared/lifecycle-views'
import type { CallContext } from '../context'
import { getCaseRow, type CaseRow } from '../cases/repo'
import { prepare } from '../db/statements'
import { caseActions, casePayments, paymentEntries, setDerivedDates } from './repo'

export type CaseState = {
  row: CaseRow & { violation_on: string | null; extended_limitation: number }
  progress: CaseProgress
  payments: PaymentView[]
  partyKinds: PartyKind[]
}

export function liveCase(ctx: CallContext, id: string): CaseState['row'] {
  const row = getCaseRow(ctx.db, id) as CaseState['row'] | null
  if (!row || row.deleted_at !== null) throw new AppError('NOT_FOUND', '案件不存在或已删除。')
  return row
}

export function loadCaseState(ctx: CallContext, id: string): CaseState {
  const row = liveCase(ctx, id)
  // The fold starts from the case as registered or filed through the case form; every later step
  // is a recorded action.
  const start = row.filed_on && row.status !== 'REGISTERED' ? 'FILED' : 'REGISTERED'
  const actions = caseActions(ctx.db, id)
  const progress = foldActions(start, start === 'FILED' ? row.filed_on : null, actions)
  const kinds = prepare(ctx.db, 'SELECT kind FROM parties WHERE case_id = ? ORDER BY position').all(
    id
  ) as { kind: PartyKind }[]
  return { row, progress, payments: casePayments(ctx.db, id), partyKinds: kinds.map((k) => k.kind) }
}

export function workingCalendar(ctx: CallContext): WorkingCalendar {
  const loaded = ctx.calendar.current()
  if (!loaded.ok) throw new AppError('REFUSED', `工作日历不可用：${loaded.problem}`)
  return loaded.calendar
}

/** The system of the case's latest evaluated item (its hearing thresholds), market regulation if none. */
function caseSystem(ctx: CallContext, caseId: string): System {
  const latest = prepare(
    ctx.db,
    'SELECT item_code FROM case_evaluations WHERE case_id = ? ORDER BY created_at DESC, id DESC LIMIT 1'
  ).get(caseId) as { item_code: string } | undefined
  if (!latest) return 'marketRegulation'
  const entry = ctx.discretion.current(ctx.db).catalogue.byCode.get(latest.item_code)?.[0]
  return entry?.pkg.system ?? 'marketRegulation'
}

export function hearingThresholds(ctx: CallContext, caseId: string): HearingThresholds {
  const config = ctx.discretion.current(ctx.db).config
  const system = caseSystem(ctx, caseId)
  const t = config.hearing.thresholds.find((x) => x.system === system)
  if (!t) {
    throw new AppError('REFUSED', `单位配置缺少“${system}”系统的听证“较大数额”标准（第六十三条）。`)
  }
  return {
    personFen: t.fineFen.person,
    organisationFen: t.fineFen.organisation,
    basis: t.source + (t.verified ? '' : '，未核实')
  }
}

export function todayOf(ctx: CallContext): string {
  return shanghaiDate(ctx.clock.now())
}

export function guardContext(ctx: CallContext, state: CaseState): GuardContext {
  return {
    calendar: workingCalendar(ctx),
    today: todayOf(ctx),
    partyKinds: state.partyKinds,
    hearingThresholds: hearingThresholds(ctx, state.row.id),
    discoveredOn: state.row.discovered_on,
    violationOn: state.row.violation_on,
    extendedLimitation: state.row.extended_limitation === 1,
    statementWorkingDays: ctx.discretion.current(ctx.db).config.statements.workingDays,
    payments: paymentEntries(state.payments),
    benchmark: benchmarkContext(ctx, state.row.id),
    reviewRequiredBy: reviewRequiredBy(ctx, state)
  }
}

/**
 * 法制审核 required besides the investigation's finding and a hearing: the unit's own list (APL Art.
 * 58 ¶1(4), unit-config legalReview) or a legal-review step the benchmark engine marked required.
 */
function reviewRequiredBy(ctx: CallContext, state: CaseState): string | null {
  if (state.progress.decision) return null
  if (ctx.discretion.current(ctx.db).config.legalReview.alwaysForOrdinary) {
    return '本单位规定普通程序案件一律进行法制审核'
  }
  const latest = evaluationsOfCase(ctx.db, state.row.id)[0]
  if (!latest?.result.ok) return null
  const step = latest.result.steps.find((s) => s.step === 'legalReview' && s.required === 'yes')
  return step ? `裁量基准认定本案须法制审核（${step.reason}）` : null
}

/** The latest evaluation's proposal and the unit's approval rule (Hubei 2023 notice; configurable). */
function benchmarkContext(ctx: CallContext, caseId: string): BenchmarkContext | null {
  const latest = evaluationsOfCase(ctx.db, caseId)[0]
  if (!latest) return null
  const rule = ctx.discretion.current(ctx.db).config.collectiveDiscussion
  return {
    proposedFine: latest.fine,
    deviationRecorded: latest.deviation,
    mitigated: latest.outcomeLevel === 'MITIGATED',
    approvalForDeviation: rule.forDeviation,
    approvalForMitigated: rule.forMitigated,
    source: rule.source
  }
}

/** What is owed on a served fine decision as of `asOf`, or null when nothing is payable. */
export function balanceFor(
  calendar: WorkingCalendar,
  state: CaseState,
  asOf: string
): { balance: Balance | null; problem: string | null } {
  const d = state.progress.decision
  const served = state.progress.service
  if (!d || d.outcome !== 'penalty' || d.penalty.fineFen === null || !served) {
    return { balance: null, problem: null }
  }
  const r = balanceOf(calendar, {
    fineFen: d.penalty.fineFen,
    receivedOn: served.on,
    deferredUntil: state.progress.deferral?.until ?? null,
    payments: paymentEntries(state.payments),
    asOf
  })
  return r.ok ? { balance: r.value, problem: null } : { balance: null, problem: r.problem.message }
}

/**
 * Rewrites the case's stored due dates from its progress, in the caller's transaction: the decision
 * clock while a decision is pending and the case is not suspended (APL Art. 60, with pauses and
 * approved extensions), and the payment due date while a fine is outstanding (Art. 67 ¶3).
 */
export function refreshDerivedDates(ctx: CallContext, state: CaseState): void {
  const p = state.progress
  const loaded = ctx.calendar.current()
  const calendar = loaded.ok ? loaded.calendar : null
  let decisionDue: string | null = null
  const pending = ['FILED', 'INVESTIGATING', 'UNDER_REVIEW', 'NOTIFIED'].includes(p.status)
  if (pending && p.filedOn && !p.suspendedSince) {
    const due = calendar
      ? decisionDeadline(calendar, {
          filedOn: p.filedOn,
          pauses: decisionPauses(p, todayOf(ctx)),
          extension30: p.extension30,
          furtherExtensionDays: p.furtherExtensionDays
        })
      : null
    // Without a calendar the nominal date stands (the last-day rule 'keep' needs no calendar).
    decisionDue = due?.ok ? due.value.due : (state.row.decision_due_on ?? null)
  }
  let paymentDue: string | null = null
  if (calendar && (p.status === 'SERVED' || p.status === 'EXECUTING') && !p.courtConcluded) {
    const { balance } = balanceFor(calendar, state, todayOf(ctx))
    if (balance && balance.outstandingFen > 0) paymentDue = balance.paymentDue
  }
  setDerivedDates(ctx.db, state.row.id, decisionDue, paymentDue)
}
