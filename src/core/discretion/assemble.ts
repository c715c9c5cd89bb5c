// Builds the Evaluation record from the stage that decided the case: versions, procedure, steps,
// flags and the explanation paragraph.
import { assertNever } from '../assert'
import type { UnitConfig } from './config-schema'
import type { Exemption } from './exemptions'
import { explain } from './explain'
import type { Facts } from './facts-schema'
import type { Sink } from './grounds'
import type { FenRange } from './money'
import type { Candidate, PenaltyPath } from './penalty-path'
import { procedureFor, requiredSteps } from './procedure'
import type {
  Alternative,
  Evaluation,
  GroundView,
  Outcome,
  PublicServiceOffset,
  SanctionResult,
  Versions
} from './result-types'
import { benchmarkRef, statuteRef, type LawChoice, type Located, type Resolved } from './versions'

export type Ctx = {
  facts: Facts
  config: UnitConfig
  actDate: string
  resolved: Resolved
  law: LawChoice
  sink: Sink
}

export type Compared = { located: Located; fine: FenRange | null }

const NO_GROUNDS = { mitigating: [] as GroundView[], aggravating: [] as GroundView[] }

function versions(ctx: Ctx, applied: Located, compared: Compared[]): Versions {
  const r = ctx.resolved
  return {
    violationDate: ctx.facts.dates.violation,
    actDate: ctx.actDate,
    decisionDate: ctx.facts.dates.decision,
    statuteAtAct: statuteRef(r.atAct.version),
    statuteAtDecision: r.atDecision ? statuteRef(r.atDecision.version) : null,
    statuteApplied: statuteRef(applied.version),
    lighterLaw: ctx.law.lighterLaw,
    benchmarkAtAct: r.bmAct ? benchmarkRef(r.bmAct) : null,
    benchmarkAtDecision: r.bmDecision ? benchmarkRef(r.bmDecision) : null,
    benchmarkApplied: benchmarkRef(applied.entry),
    statuteRanges: ctx.law.ranges,
    compared: compared.map((c) => ({
      statute: statuteRef(c.located.version),
      benchmark: benchmarkRef(c.located.entry),
      fine: c.fine
    }))
  }
}

type Parts = {
  outcome: Outcome
  fine: FenRange | null
  statutoryRange: FenRange | null
  publicService: PublicServiceOffset | null
  sanctions: SanctionResult[]
  grounds: Evaluation['grounds']
  branch: string | null
  precondition?: string
  requiresConfirmation: boolean
  alternative: Alternative | null
  deviation: boolean
  guardian: boolean
  compared: Compared[]
}

/** Verified public service is recorded even when no fine is proposed; say why it offset nothing. */
function publicServiceUnused(ctx: Ctx, parts: Parts): void {
  if (ctx.facts.publicService.length === 0 || parts.fine !== null) return
  ctx.sink.flags.push({
    code: 'PUBLIC_SERVICE_NOT_APPLIED',
    severity: 'info',
    message:
      '本案不建议处以罚款，经核实的公益服务未折抵罚款（公益服务不折换为现金）；服务时长仍计入统计。'
  })
}

export function build(ctx: Ctx, applied: Located, parts: Parts): Evaluation {
  const { facts, config } = ctx
  const v = applied.version
  publicServiceUnused(ctx, parts)
  const level = parts.outcome.level
  const procedure = procedureFor(
    { level, fine: parts.fine, sanctions: parts.sanctions, deviation: parts.deviation },
    facts
  )
  // An explicit literal, not a spread: object spread here cost a fifth of evaluate()'s time.
  const steps = requiredSteps(
    {
      level,
      fine: parts.fine,
      sanctions: parts.sanctions,
      deviation: parts.deviation,
      procedure,
      system: applied.entry.pkg.system,
      requiresConfirmation: parts.requiresConfirmation,
      guardian: parts.guardian
    },
    facts,
    config
  )
  const penalty =
    v.kind === 'penalty'
      ? v.penaltyProvision
      : v.kind === 'nonPenaltyMeasure'
        ? v.measureProvision
        : null
  const evaluation: Evaluation = {
    ok: true,
    itemCode: applied.entry.item.code,
    itemName: applied.entry.item.name,
    outcome: parts.outcome,
    grounds: parts.grounds,
    branch: parts.branch,
    precondition: parts.precondition ?? null,
    fine: parts.fine,
    statutoryRange: parts.statutoryRange,
    publicService: parts.publicService,
    sanctions: parts.sanctions,
    procedure,
    steps,
    // The act violated the law in force when it was done; the penalty follows the applied version.
    provisions: { violated: ctx.resolved.atAct.version.violatedProvision, penalty },
    versions: versions(ctx, applied, parts.compared),
    flags: ctx.sink.flags,
    requiresConfirmation: parts.requiresConfirmation,
    alternative: parts.alternative,
    trace: ctx.sink.trace,
    explanation: ''
  }
  evaluation.explanation = explain(evaluation)
  return evaluation
}

export function alternativeOf(path: PenaltyPath, label: string): Alternative | null {
  switch (path.kind) {
    case 'problem':
      return null
    case 'orderOnly':
      return {
        label,
        level: 'ORDER_CORRECTION_ONLY',
        fine: null,
        sanctions: path.sanctions,
        publicService: null
      }
    case 'penalty':
      return {
        label,
        level: path.level,
        fine: path.fine,
        sanctions: path.sanctions,
        publicService: path.publicService
      }
  }
  return assertNever(path)
}

export function noPenalty(
  ctx: Ctx,
  applied: Located,
  e: Exemption,
  alternative: Alternative | null,
  compared: Compared[] = []
): Evaluation {
  ctx.sink.trace.push({ step: 'noPenalty', citation: e.citation, finding: e.finding })
  return build(ctx, applied, {
    outcome: { level: 'NO_PENALTY', ground: e.ground, mandatory: e.mandatory },
    fine: null,
    statutoryRange: null,
    publicService: null,
    sanctions: e.keep,
    grounds: NO_GROUNDS,
    branch: null,
    requiresConfirmation: !e.mandatory,
    alternative,
    deviation: false,
    guardian: e.ground === 'underAge' || e.ground === 'incapacity',
    compared
  })
}

export function orderOnly(
  ctx: Ctx,
  c: Candidate,
  path: Extract<PenaltyPath, { kind: 'orderOnly' }>,
  alternative: Alternative | null,
  compared: Compared[]
): Evaluation {
  mergeSink(ctx.sink, path.sink)
  return build(ctx, c, {
    outcome: { level: 'ORDER_CORRECTION_ONLY' },
    fine: null,
    statutoryRange: null,
    publicService: null,
    sanctions: path.sanctions,
    grounds: NO_GROUNDS,
    branch: null,
    precondition: path.preconditionText,
    requiresConfirmation: false,
    alternative,
    deviation: false,
    guardian: false,
    compared
  })
}

export function mergeSink(into: Sink, from: Sink): void {
  for (const t of from.trace) into.trace.push(t)
  for (const f of from.flags) into.flags.push(f)
}

export function penalty(
  ctx: Ctx,
  c: Candidate,
  path: Extract<PenaltyPath, { kind: 'penalty' }>,
  deviation: boolean,
  compared: Compared[]
): Evaluation {
  mergeSink(ctx.sink, path.sink)
  const conflict = ctx.sink.flags.some((f) => f.code === 'CONFLICTING_GROUNDS')
  return build(ctx, c, {
    outcome: { level: path.level },
    fine: path.fine,
    statutoryRange: path.statutory,
    publicService: path.publicService,
    sanctions: path.sanctions,
    grounds: path.grounds,
    branch: path.branchLabel,
    requiresConfirmation: conflict,
    alternative: null,
    deviation,
    guardian: false,
    compared
  })
}

export function measure(ctx: Ctx, applied: Located, sanctions: SanctionResult[]): Evaluation {
  return build(ctx, applied, {
    outcome: { level: 'NON_PENALTY_MEASURE' },
    fine: null,
    statutoryRange: null,
    publicService: null,
    sanctions,
    grounds: NO_GROUNDS,
    branch: null,
    requiresConfirmation: false,
    alternative: null,
    deviation: false,
    guardian: false,
    compared: []
  })
}
