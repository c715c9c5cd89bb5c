// Procedural time limits (domain.md §9.1 "Procedure"): the decision within 90 days of 立案 (APL Art.
// 60; extensions and uncounted days under the market-regulation rules, unverified), service within 7
// working days (Art. 61) and publication within 20 working days. Late is a defect, not a bar: each is
// a flag. The decision due date is computed like decisionDeadline() with its default last-day rule
// ('keep'), which needs no calendar; the two working-day dates come in computed by the server.
import type { CaseStatus } from '../cases/vocabulary'
import { addCountedDays, pausedDates, pausedWithin } from '../clocks/deadline'
import type { CaseProgress } from '../lifecycle/progress'
import { decisionPauses } from '../lifecycle/progress'
import type { Check } from './check'
import { NONE } from './check'
import { REVIEW_CITATIONS as C } from './citations'
import type { ReviewConfig } from './config'
import { dateZh } from './format'
import type { ReviewFlag } from './flag'

/** The stages in which a decision is still to be made (as the server's derived due date). */
const PENDING: ReadonlySet<CaseStatus> = new Set([
  'FILED',
  'INVESTIGATING',
  'UNDER_REVIEW',
  'NOTIFIED'
])

/** The last day to decide, counting the pauses up to `until` (the decision or today). */
export function decisionDueOn(
  p: CaseProgress,
  until: string,
  config: ReviewConfig
): { due: string; pausedDays: number } | null {
  if (p.filedOn === null) return null
  const spans = pausedDates(decisionPauses(p, until))
  // Invalid spans cannot come from a folded progress; if they do, count none (the earlier due date).
  const paused = spans.ok ? spans.value : new Set<string>()
  const days =
    config.decision.days.value +
    (p.extension30 ? config.decision.extensionDays.value : 0) +
    p.furtherExtensionDays
  const due = addCountedDays(p.filedOn, days, paused)
  return { due, pausedDays: pausedWithin(p.filedOn, due, paused) }
}

function decisionFlag(p: CaseProgress, asOf: string, config: ReviewConfig): ReviewFlag | null {
  const d = p.decision
  if (d?.procedure === 'simple') return null
  if (d === null && (p.suspendedSince !== null || !PENDING.has(p.status))) return null
  const until = d?.on ?? asOf
  const clock = decisionDueOn(p, until, config)
  if (clock === null || until <= clock.due) return null
  const usesRule = p.extension30 || clock.pausedDays > 0
  return {
    code: 'PROCEDURE_DECISION_OVERDUE',
    severity: 'flag',
    message: d
      ? `${d.outcome === 'penalty' ? '行政处罚决定' : '不予行政处罚决定'}于${dateZh(d.on)}作出，晚于办案期限届满日${dateZh(clock.due)}；请核查延期审批和不计入期间的记录。`
      : `办案期限已于${dateZh(clock.due)}届满，尚未作出决定；请核查是否经批准延期，或者尽快依法作出决定。`,
    citations: [C.decision90, ...(usesRule ? [C.decisionExtension] : []), C.startDayExcluded],
    evidence: {
      filedOn: p.filedOn,
      dueOn: clock.due,
      decidedOn: d?.on ?? null,
      extension30: p.extension30,
      furtherExtensionDays: p.furtherExtensionDays,
      pausedDays: clock.pausedDays
    },
    rule: 'procedureDeadlines',
    configKeys: ['decision.days', 'decision.extensionDays']
  }
}

function lateFlag(
  code: 'PROCEDURE_SERVICE_LATE' | 'PROCEDURE_PUBLICATION_LATE',
  dueOn: string | null,
  doneOn: string | null,
  asOf: string
): ReviewFlag | null {
  if (dueOn === null || (doneOn ?? asOf) <= dueOn) return null
  const service = code === 'PROCEDURE_SERVICE_LATE'
  const what = service ? '行政处罚决定书' : '行政处罚信息'
  const act = service ? '送达' : '公示'
  return {
    code,
    severity: 'flag',
    message: doneOn
      ? `${what}于${dateZh(doneOn)}${act}，晚于${act}期限届满日${dateZh(dueOn)}；请核查迟延原因并记录。`
      : `${what}尚未${act}，${act}期限已于${dateZh(dueOn)}届满；请尽快依法${act}。`,
    citations: [service ? C.service7 : C.publication20],
    evidence: { dueOn, doneOn, asOf },
    rule: 'procedureDeadlines',
    configKeys: []
  }
}

export const checkProcedureDeadlines: Check = ({ subject, config }) => {
  const p = subject.procedure.progress
  const flags = [decisionFlag(p, subject.asOf, config)]
  if (p.decision !== null) {
    const proc = subject.procedure
    flags.push(
      lateFlag('PROCEDURE_SERVICE_LATE', proc.serviceDueOn, p.service?.on ?? null, subject.asOf),
      lateFlag('PROCEDURE_PUBLICATION_LATE', proc.publicationDueOn, p.publishedOn, subject.asOf)
    )
  }
  const out = flags.filter((f): f is ReviewFlag => f !== null)
  return out.length > 0 ? out : NONE
}
