// Legal review: the checks of a case with the reviewers' verdicts, recording a verdict, the queue of
// cases awaiting 法制审核, and the consistency report with its PDF and XLSX export.
import { reportStats } from '../../core/review/report'
import { AppError } from '../../shared/errors'
import type { ReviewFlagView, ReviewQueueItem } from '../../shared/review-views'
import { appendAudit } from '../audit/repo'
import { actingUser, type CallContext, type Handler } from '../context'
import { summariesByIds } from '../clocks/repo'
import { prepare } from '../db/statements'
import { loadCaseState, type CaseState } from '../lifecycle/state'
import { getUnit } from '../unit/repo'
import { caseChecks, reviewConfig } from './checks'
import { reportFile } from './report-file'
import { insertVerdict, latestVerdicts, outcomesIn, revenueFigures } from './repo'
import { checkRevenueGrowth } from '../../core/review/revenue'
import { checkpointOf } from './subject'

/** Why the case needs 法制审核 (APL Art. 58), or null. */
export function reviewReason(ctx: CallContext, state: CaseState): string | null {
  const p = state.progress
  if (p.legalReviewRequired)
    return '调查终结时认定属于应当法制审核的情形（《行政处罚法》第五十八条）'
  if (p.hearing?.heldOn) return '经过听证程序（《行政处罚法》第五十八条第一款第（二）项）'
  if (
    ctx.discretion.current(ctx.db).config.legalReview.alwaysForOrdinary &&
    p.conclusion !== null
  ) {
    return '本单位规定普通程序案件一律法制审核'
  }
  return null
}

const caseReview: Handler<'review/case'> = (input, ctx) => {
  const state = loadCaseState(ctx, input.caseId)
  const checks = caseChecks(ctx, state)
  const verdicts = latestVerdicts(ctx.db, input.caseId)
  return {
    caseId: state.row.id,
    caseNumber: state.row.case_number,
    checkpoint: checkpointOf(state),
    flags: checks.ok
      ? checks.flags.map((f): ReviewFlagView => ({ ...f, verdict: verdicts.get(f.code) ?? null }))
      : [],
    peerCount: checks.ok ? checks.peerCount : 0,
    reviewRequired: reviewReason(ctx, state),
    problem: checks.ok ? null : checks.problem
  }
}

const verdict: Handler<'review/verdict'> = (input, ctx) => {
  const user = actingUser(ctx)
  const at = ctx.clock.now().toISOString()
  return ctx.db.transaction(() => {
    const state = loadCaseState(ctx, input.caseId)
    if (state.row.officer1_id === user.id || state.row.officer2_id === user.id) {
      throw new AppError(
        'FORBIDDEN',
        '办案人员不得审核本人承办的案件（《行政处罚法》第五十八条）。'
      )
    }
    const checks = caseChecks(ctx, state)
    const flag = checks.ok ? checks.flags.find((f) => f.code === input.code) : undefined
    if (!flag) throw new AppError('REFUSED', '本案当前没有该项审查提示，无需记录意见。')
    const unit = getUnit(ctx.db)
    insertVerdict(ctx.db, {
      id: ctx.newId(),
      caseId: input.caseId,
      code: input.code,
      verdict: input.verdict,
      reason: input.reason,
      flag,
      originUnit: unit?.code ?? '',
      createdBy: user.id,
      createdAt: at
    })
    appendAudit(ctx.db, {
      at,
      actor: { id: user.id, name: user.displayName },
      action: 'review/verdict',
      entity: 'case',
      entityId: input.caseId,
      after: { code: input.code, verdict: input.verdict, reason: input.reason },
      detail: { code: input.code, verdict: input.verdict, reason: input.reason, changes: [] }
    })
    return { ...flag, verdict: latestVerdicts(ctx.db, input.caseId).get(input.code) ?? null }
  })()
}

/** Cases after the investigation and before the decision that need 法制审核 not yet passed. */
const queue: Handler<'review/queue'> = (_input, ctx) => {
  const ids = (
    prepare(
      ctx.db,
      `SELECT id FROM cases INDEXED BY cases_live_status
         WHERE deleted_at IS NULL AND status IN ('UNDER_REVIEW', 'NOTIFIED')
         ORDER BY status, sort_on DESC, id DESC LIMIT 500`
    ).all() as { id: string }[]
  ).map((r) => r.id)
  const items: ReviewQueueItem[] = []
  const summaries = new Map(summariesByIds(ctx.db, ids).map((s) => [s.id, s]))
  for (const id of ids) {
    const state = loadCaseState(ctx, id)
    const reason = reviewReason(ctx, state)
    if (!reason || state.progress.review?.opinion === 'approve') continue
    const summary = summaries.get(id)
    if (!summary) continue
    const checks = caseChecks(ctx, state)
    const flags = checks.ok ? checks.flags : []
    const verdicts = latestVerdicts(ctx.db, id)
    items.push({
      ...summary,
      reason,
      flags: {
        block: flags.filter((f) => f.severity === 'block').length,
        flag: flags.filter((f) => f.severity === 'flag').length,
        warning: flags.filter((f) => f.severity === 'warning').length
      },
      unanswered: flags.filter((f) => f.severity !== 'warning' && !verdicts.has(f.code)).length
    })
  }
  return items
}

const report: Handler<'review/report'> = (input, ctx) => {
  const unit = getUnit(ctx.db)
  const cases = outcomesIn(ctx.db, {
    from: input.from,
    to: input.to,
    itemCode: input.itemCode || null
  })
  const figures = revenueFigures(ctx.db, input.to)
  return {
    ...reportStats(cases, { from: input.from, to: input.to }, reviewConfig(ctx)),
    unitCode: unit?.code ?? '',
    generatedAt: ctx.clock.now().toISOString(),
    revenue: { ...figures, flags: checkRevenueGrowth(figures, reviewConfig(ctx)) }
  }
}

const reportExport: Handler<'review/report-file'> = async (input, ctx) => {
  const unit = getUnit(ctx.db)
  const cases = outcomesIn(ctx.db, {
    from: input.from,
    to: input.to,
    itemCode: input.itemCode || null
  })
  const stats = reportStats(cases, { from: input.from, to: input.to }, reviewConfig(ctx))
  return reportFile(ctx, {
    report: stats,
    cases,
    unitName: unit?.name ?? '',
    unitCode: unit?.code ?? '',
    format: input.format
  })
}

export const reviewHandlers = {
  'review/case': caseReview,
  'review/verdict': verdict,
  'review/queue': queue,
  'review/report': report,
  'review/report-file': reportExport
}
