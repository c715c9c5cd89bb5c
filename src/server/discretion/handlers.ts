import { addMonths } from '../../core/discretion/dates'
import { evaluate } from '../../core/discretion/evaluate'
import type { Facts } from '../../core/discretion/facts-schema'
import { formatCitation } from '../../core/discretion/citation'
import { groundEstablishesViolation, outcomeLevelZh } from '../../core/discretion/outcome-labels'
import { parseFacts } from '../../core/discretion/parse'
import type { Evaluation, EvaluationResult } from '../../core/discretion/result-types'
import { rangeText } from '../../core/discretion/money'
import type { CaseFactsInput } from '../../shared/schemas/discretion'
import { AppError } from '../../shared/errors'
import type { CatalogueItemView } from '../../shared/views'
import { appendAudit } from '../audit/repo'
import { getCaseDetail, touchCase } from '../cases/repo'
import { actingUser, type CallContext, type Handler } from '../context'
import { verifiedServiceOfCase } from '../flexible/public-service-repo'
import { getUnit } from '../unit/repo'
import { countPriorViolations, evaluationsOfCase, insertEvaluation } from './repo'

type Prepared = {
  facts: Facts
  result: EvaluationResult
  priorViolations: number
  lookBackMonths: number
}

/**
 * Evaluates a case's facts against the catalogue in force, with the prior-violation count and the
 * verified public service (公益减罚) taken from the database rather than from the caller (a lawyer
 * must be able to trust them; the input schema does not even accept them).
 */
function prepareEvaluation(ctx: CallContext, caseId: string, input: CaseFactsInput): Prepared {
  const detail = getCaseDetail(ctx.db, caseId)
  if (!detail) throw new AppError('NOT_FOUND', '案件不存在或已删除。')
  const kind = input.party.kind
  if (!detail.parties.some((p) => p.kind === kind)) {
    throw new AppError('REFUSED', '事实中的当事人类型与本案当事人不一致。', [
      { path: 'facts.party.kind', message: '当事人类型不一致' }
    ])
  }
  const active = ctx.discretion.current(ctx.db)
  const actDate = input.dates.continuingUntil ?? input.dates.violation
  const lookBackMonths = active.config.lookBack.months
  const priorViolations = countPriorViolations(ctx.db, {
    caseId,
    itemCode: input.itemCode,
    from: addMonths(actDate, -lookBackMonths),
    before: actDate
  })
  const publicService = verifiedServiceOfCase(ctx.db, caseId)
  const parsed = parseFacts({ ...input, priorViolations, publicService })
  if (!parsed.ok) {
    throw new AppError(
      'VALIDATION',
      `事实有误：${parsed.issues[0]?.message ?? ''}`,
      parsed.issues.map((i) => ({ path: `facts.${i.path}`, message: i.message }))
    )
  }
  const result = evaluate(parsed.value, active.catalogue, active.config)
  return { facts: parsed.value, result, priorViolations, lookBackMonths }
}

function summary(
  e: Evaluation,
  level: string,
  fine: { minFen: number; maxFen: number } | null
): string {
  return `${e.itemName}：${outcomeLevelZh(level as Evaluation['outcome']['level'])}${fine ? `，罚款${rangeText(fine)}` : ''}`
}

const items: Handler<'discretion/items'> = (input, ctx) => {
  const { catalogue } = ctx.discretion.current(ctx.db)
  const query = input.query?.toLowerCase() ?? ''
  const views: CatalogueItemView[] = []
  for (const [code, entries] of catalogue.byCode) {
    const entry = entries[0]
    if (!entry) continue
    const newest = [...entry.item.versions].sort((a, b) =>
      a.statute.inForceFrom < b.statute.inForceFrom ? 1 : -1
    )[0]
    if (!newest) continue
    const penalty =
      newest.kind === 'penalty'
        ? newest.penaltyProvision
        : newest.kind === 'nonPenaltyMeasure'
          ? newest.measureProvision
          : null
    const view: CatalogueItemView = {
      code,
      name: entry.item.name,
      domain: entry.item.domain,
      system: entry.pkg.system,
      firstViolationEligible: entry.item.firstViolationEligible,
      violatedProvision: formatCitation(newest.violatedProvision),
      penaltyProvision: penalty ? formatCitation(penalty) : null,
      benchmark: {
        id: entry.pkg.id,
        title: entry.pkg.title,
        documentNumber: entry.pkg.documentNumber,
        effectiveFrom: entry.pkg.effectiveFrom
      }
    }
    const haystack = [
      view.code,
      view.name,
      view.domain,
      view.violatedProvision,
      view.penaltyProvision ?? ''
    ]
      .join(' ')
      .toLowerCase()
    if (!query || haystack.includes(query)) views.push(view)
  }
  return views.sort((a, b) => (a.code < b.code ? -1 : 1))
}

const preview: Handler<'discretion/preview'> = (input, ctx) => {
  const { result, priorViolations, lookBackMonths } = prepareEvaluation(
    ctx,
    input.caseId,
    input.facts
  )
  return { result, priorViolations, lookBackMonths }
}

const apply: Handler<'discretion/apply'> = (input, ctx) => {
  const user = actingUser(ctx)
  const { facts, result, priorViolations } = prepareEvaluation(ctx, input.caseId, input.facts)
  if (!result.ok) {
    throw new AppError(
      'REFUSED',
      `无法适用裁量基准：${result.problems.map((p) => p.message).join('；')}`
    )
  }
  const alternative = result.alternative
  if (input.choice === 'declineExemption' && !(result.requiresConfirmation && alternative)) {
    throw new AppError('REFUSED', '本案没有须由办案人员确认的裁量性免罚，不能选择“不适用免罚”。')
  }
  const declined = input.choice === 'declineExemption' && alternative
  const level = declined ? alternative.level : result.outcome.level
  const fine = declined ? alternative.fine : result.fine
  const publicService = declined ? alternative.publicService : result.publicService
  const intended = facts.intendedFineFen ?? null
  const outside =
    intended !== null &&
    (fine === null ? intended > 0 : intended < fine.minFen || intended > fine.maxFen)
  const deviation = outside || result.flags.some((f) => f.code === 'DEVIATION')
  const reason = input.deviationReason?.trim() || null
  if (deviation && !reason) {
    throw new AppError(
      'REFUSED',
      '拟作出的处罚偏离裁量基准的建议，须写明偏离理由（并按规定报负责人批准或集体讨论）。',
      [{ path: 'deviationReason', message: '须写明偏离理由' }]
    )
  }
  const establishes =
    result.outcome.level === 'NO_PENALTY' && !declined
      ? groundEstablishesViolation(result.outcome.ground)
      : true
  const unit = getUnit(ctx.db)
  const at = ctx.clock.now().toISOString()
  const id = ctx.newId()
  ctx.db.transaction(() => {
    const previous = evaluationsOfCase(ctx.db, input.caseId)[0]
    if (!touchCase(ctx.db, input.caseId, input.rev, at)) {
      throw new AppError(
        'CONFLICT',
        '该案件已被他人修改。为避免覆盖，本次未保存；请刷新后重新评估。'
      )
    }
    insertEvaluation(ctx.db, {
      id,
      case_id: input.caseId,
      item_code: result.itemCode,
      act_date: result.versions.actDate,
      establishes_violation: establishes ? 1 : 0,
      benchmark_id: result.versions.benchmarkApplied.id,
      statute_version: `${result.versions.statuteApplied.law} ${result.versions.statuteApplied.version}`,
      prior_violations: priorViolations,
      facts: JSON.stringify(facts),
      result: JSON.stringify(result),
      choice: input.choice,
      outcome_level: level,
      fine_min_fen: fine?.minFen ?? null,
      fine_max_fen: fine?.maxFen ?? null,
      intended_fine_fen: intended,
      deviation: deviation ? 1 : 0,
      deviation_reason: reason,
      public_service_offset_fen: publicService?.offsetFen ?? null,
      origin_unit: unit?.code ?? '',
      created_by: user.id,
      created_at: at
    })
    const after = summary(result, level, fine)
    appendAudit(ctx.db, {
      at,
      actor: { id: user.id, name: user.displayName },
      action: 'discretion/apply',
      entity: 'case',
      entityId: input.caseId,
      after: { evaluationId: id, facts, choice: input.choice, level, fine, deviation, reason },
      detail: {
        evaluationId: id,
        changes: [
          {
            field: 'evaluation',
            before: previous
              ? summary(previous.result as Evaluation, previous.outcomeLevel, previous.fine)
              : null,
            after
          }
        ]
      }
    })
  })()
  const saved = evaluationsOfCase(ctx.db, input.caseId)[0]
  if (!saved) throw new Error('evaluation vanished after insert')
  return saved
}

const evaluations: Handler<'discretion/evaluations'> = (input, ctx) => {
  if (!getCaseDetail(ctx.db, input.caseId)) throw new AppError('NOT_FOUND', '案件不存在或已删除。')
  return evaluationsOfCase(ctx.db, input.caseId)
}

export const discretionHandlers = {
  'discretion/items': items,
  'discretion/preview': preview,
  'discretion/apply': apply,
  'discretion/evaluations': evaluations
}
