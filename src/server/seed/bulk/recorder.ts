// Records a case's planned steps the way the handlers do: each lifecycle action passes the same
// pure guard (core/lifecycle/guards checkAction) with the context cases/act would build, and is then
// folded into the case's progress; a refused step ends the plan where the case stands, as it would
// for an officer. Payments pass the checks of payments/record. Nothing dated after the base date is
// recorded: the seeded register is as of that day.
import type { PartyKind } from '../../../core/cases/vocabulary'
import type { WorkingCalendar } from '../../../core/clocks/calendar'
import type { UnitConfig } from '../../../core/discretion/config-schema'
import type { LifecycleAction } from '../../../core/lifecycle/actions'
import { checkAction, type BenchmarkContext } from '../../../core/lifecycle/guards'
import type { HearingThresholds } from '../../../core/lifecycle/penalty'
import { applyAction, foldActions, type CaseProgress } from '../../../core/lifecycle/progress'
import type { Rng } from '../prng'
import { shanghaiDay, stepClock } from './times'
import type { CasePlan, PlannedEvaluation, PlannedRevocation, Recorder } from './plan-types'

export type CaseBasics = {
  filedOn: string | null
  discoveredOn: string
  violationOn: string
  partyKinds: readonly PartyKind[]
  createdMs: number
}

export type RecorderEnv = {
  /** Run the guards on this case (see BulkSeedOptions.guardEvery); a plan not guarded is recorded
   * as planned. */
  guarded: boolean
  calendar: WorkingCalendar
  config: UnitConfig
  baseDate: string
  /** The hearing thresholds of the system of an item (market regulation when none). */
  thresholds: (itemCode: string | null) => HearingThresholds
}

export type CaseRecorder = {
  readonly plan: CasePlan
  evaluated: (e: Omit<PlannedEvaluation, 'atMs'>, on: string) => PlannedEvaluation | null
  act: (action: LifecycleAction, by?: Recorder) => boolean
  pay: (paidOn: string, amountFen: number, receiptNo: string, reverses?: number) => boolean
  /** cases/revoke: the decision revoked on review, in court or by the unit itself. */
  revoke: (on: string, authority: PlannedRevocation['authority'], reason: string) => boolean
}

function benchmarkOf(env: RecorderEnv, e: PlannedEvaluation | null): BenchmarkContext | null {
  if (!e) return null
  const rule = env.config.collectiveDiscussion
  return {
    proposedFine: e.result.fine,
    deviationRecorded: false,
    mitigated: e.result.outcome.level === 'MITIGATED',
    approvalForDeviation: rule.forDeviation,
    approvalForMitigated: rule.forMitigated,
    source: rule.source
  }
}

/** src/server/lifecycle/state.ts reviewRequiredBy, on the planned evaluation. */
function reviewRequiredBy(env: RecorderEnv, p: CaseProgress, e: PlannedEvaluation | null) {
  if (p.decision) return null
  if (env.config.legalReview.alwaysForOrdinary) return '本单位规定普通程序案件一律进行法制审核'
  const step = e?.result.steps.find((s) => s.step === 'legalReview' && s.required === 'yes')
  return step ? `裁量基准认定本案须法制审核（${step.reason}）` : null
}

export function caseRecorder(env: RecorderEnv, rng: Rng, c: CaseBasics): CaseRecorder {
  const start = c.filedOn ? 'FILED' : 'REGISTERED'
  const plan: CasePlan = {
    evaluation: null,
    acts: [],
    payments: [],
    revocation: null,
    progress: foldActions(start, c.filedOn, []),
    refreshedMs: null,
    touchedMs: null,
    stoppedBy: null
  }
  const clock = stepClock(rng, c.createdMs)
  // A step dated after the base date has not happened yet; nothing follows a refused step.
  const open = (date: string) => plan.stoppedBy === null && date <= env.baseDate
  const entries = () => plan.payments.map((p) => ({ on: p.paidOn, amountFen: p.amountFen }))
  return {
    plan,
    evaluated(e, on) {
      if (!open(on)) return null
      plan.evaluation = { ...e, atMs: clock.at(on) }
      plan.touchedMs = plan.evaluation.atMs
      return plan.evaluation
    },
    act(action, by = 'officer') {
      if (!open(action.on)) return false
      const atMs = clock.at(action.on)
      const refusal = !env.guarded
        ? null
        : checkAction(plan.progress, action, {
            calendar: env.calendar,
            today: shanghaiDay(atMs),
            partyKinds: c.partyKinds,
            hearingThresholds: env.thresholds(plan.evaluation?.result.itemCode ?? null),
            discoveredOn: c.discoveredOn,
            violationOn: c.violationOn,
            extendedLimitation: false,
            statementWorkingDays: env.config.statements.workingDays,
            payments: entries(),
            benchmark: benchmarkOf(env, plan.evaluation),
            reviewRequiredBy: reviewRequiredBy(env, plan.progress, plan.evaluation)
          })
      if (refusal) {
        plan.stoppedBy = `${action.kind}: ${refusal.message}`
        return false
      }
      plan.acts.push({ action, by, atMs })
      plan.progress = applyAction(plan.progress, action)
      plan.refreshedMs = atMs
      plan.touchedMs = atMs
      return true
    },
    pay(paidOn, amountFen, receiptNo, reverses) {
      if (!open(paidOn)) return false
      const p = plan.progress
      const d = p.decision
      const served = p.service
      const payable = d?.outcome === 'penalty' && d.penalty.fineFen !== null && served !== null
      const closed = p.status === 'CLOSED' || p.status === 'ARCHIVED'
      const atMs = clock.at(paidOn)
      if (!payable || closed || paidOn < served.on || paidOn > shanghaiDay(atMs)) {
        plan.stoppedBy = `payment on ${paidOn} refused`
        return false
      }
      const original = reverses === undefined ? null : plan.payments[reverses]
      plan.payments.push({
        paidOn,
        amountFen: original ? -original.amountFen : amountFen,
        receiptNo,
        note: original ? '票据金额录入错误，冲正' : '',
        reverses: original ? (reverses ?? null) : null,
        atMs
      })
      plan.refreshedMs = atMs
      return true
    },
    revoke(on, authority, reason) {
      const d = plan.progress.decision
      if (!open(on) || !d || on < d.on || plan.revocation) return false
      plan.revocation = { on, authority, reason, atMs: clock.at(on) }
      return true
    }
  }
}
