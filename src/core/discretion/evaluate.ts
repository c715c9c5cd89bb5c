// evaluate(facts, catalogue, config): the discretion engine (domain.md §10.1). Pure: no I/O, no
// clock (dates come in the facts), no ids. The order of the stages is the order of the law:
//   versions (Art. 37) → limitation (Art. 36) → mandatory no-penalty grounds (Arts. 30, 31, 33) →
//   benchmark choice → discretionary no-penalty grounds (Art. 33 ¶1 s.2, sector rules) →
//   precondition (责令改正后拒不改正 …) → level and fine band → procedure and steps → explanation.
import { APL_ART } from './citation'
import type { CompiledCatalogue } from './compile'
import type { UnitConfig } from './config-schema'
import { laterOf } from './dates'
import {
  discretionaryExemption,
  listNotes,
  mandatoryExemption,
  unknownSectorGrounds,
  type Exemption
} from './exemptions'
import type { Facts } from './facts-schema'
import type { Sink } from './grounds'
import { limitation, limitationTrace } from './limitation'
import { isLighter, rangeText, type FenRange } from './money'
import { applicableSanctions, penaltyPath, type Candidate, type PenaltyPath } from './penalty-path'
import type { EvaluationProblem, EvaluationResult, TraceStep } from './result-types'
import {
  alternativeOf,
  measure,
  noPenalty,
  orderOnly,
  penalty,
  type Compared,
  type Ctx
} from './assemble'
import { checkDeviation } from './deviation'
import { benchmarkCandidates, chooseLaw, isPenaltyVersion, resolveVersions } from './versions'

const FINDING = {
  limitation: '超过追责期限，不再给予行政处罚。',
  lighterLaw: '新的规定不再处罚该行为，不予行政处罚。',
  notAtAct: '违法行为发生时的规定未对该行为设定行政处罚，不予行政处罚。'
} as const

const BENCHMARK_RULE = {
  ...APL_ART.art37,
  note: '裁量基准不属于法律、法规、规章；参照从旧兼从轻原则择轻适用（设计规则）'
}

function fail(
  itemCode: string,
  problems: EvaluationProblem[],
  trace: TraceStep[]
): EvaluationResult {
  return { ok: false, itemCode, problems, trace }
}

export function factProblems(facts: Facts, actDate: string): EvaluationProblem[] {
  const d = facts.dates
  const out: EvaluationProblem[] = []
  const bad = (message: string) => out.push({ code: 'INVALID_DATES', message })
  if (d.continuingUntil !== undefined && d.continuingUntil < d.violation) {
    bad('违法行为终了之日早于违法行为发生之日。')
  }
  if (d.discovery < d.violation) bad('发现之日早于违法行为发生之日。')
  if (d.decision < actDate) bad('作出决定之日早于违法行为终了之日。')
  if (d.decision < d.discovery) bad('作出决定之日早于发现之日。')
  const c = facts.correction
  const inconsistent = (message: string) => out.push({ code: 'INCONSISTENT_FACTS', message })
  if (c.prompt && !c.corrected) inconsistent('“及时改正”须以已改正为前提。')
  if (c.prompt && c.refusedAfterOrder) inconsistent('“及时改正”与“拒不改正”不能同时成立。')
  if (facts.party.kind === 'organisation' && facts.party.ageAtViolation !== undefined) {
    inconsistent('法人或者其他组织不适用年龄。')
  }
  return out
}

/** The lighter of several penalty paths (benchmark versions); ties keep the earlier (act-time). */
function lighterIndex(paths: PenaltyPath[]): number {
  let best = 0
  for (let i = 1; i < paths.length; i++) {
    if (weight(paths[i]) < weight(paths[best])) best = i
    else if (weight(paths[i]) === weight(paths[best])) {
      const a = fineOf(paths[i])
      const b = fineOf(paths[best])
      if (a && b && isLighter(a, b)) best = i
    }
  }
  return best
}

function weight(p: PenaltyPath | undefined): number {
  if (!p || p.kind === 'problem') return 3
  if (p.kind === 'orderOnly') return 0
  return p.fine ? 2 : 1
}

function fineOf(p: PenaltyPath | undefined): FenRange | null {
  return p && p.kind === 'penalty' ? p.fine : null
}

export function evaluate(
  facts: Facts,
  catalogue: CompiledCatalogue,
  config: UnitConfig
): EvaluationResult {
  const trace: TraceStep[] = []
  const sink: Sink = { trace, flags: [] }
  const code = facts.itemCode
  const actDate = laterOf(facts.dates.violation, facts.dates.continuingUntil)
  const problems = factProblems(facts, actDate)
  if (problems.length > 0) return fail(code, problems, trace)
  const entries = catalogue.byCode.get(code)
  if (!entries) {
    const message = `裁量基准目录中没有已发布的事项“${code}”。`
    return fail(code, [{ code: 'UNKNOWN_ITEM', message }], trace)
  }
  const resolved = resolveVersions(entries, actDate, facts.dates.decision)
  if ('code' in resolved) return fail(code, [resolved], trace)
  const law = chooseLaw(resolved, facts)
  trace.push(law.trace)
  const ctx: Ctx = { facts, config, actDate, resolved, law, sink }
  const applied = law.applied
  const v = applied.version
  if (v.kind === 'nonPenaltyMeasure') {
    trace.push({
      step: 'nonPenalty',
      citation: v.measureProvision,
      finding: '本事项规定的措施不属于APL第九条规定的行政处罚种类，不适用行政处罚裁量。'
    })
    return measure(ctx, applied, applicableSanctions(v.sanctions, facts))
  }
  const lim = limitation(facts)
  trace.push(limitationTrace(lim, facts.dates.continuingUntil !== undefined))
  if (lim.expired) {
    return noPenalty(ctx, applied, exempt('limitation', APL_ART.art36, FINDING.limitation), null)
  }
  if (law.lighterLaw === 'newNotPunishable') {
    return noPenalty(ctx, applied, exempt('lighterLaw', APL_ART.art37, FINDING.lighterLaw), null)
  }
  if (!isPenaltyVersion(v)) {
    return noPenalty(ctx, applied, exempt('notPunishableAtAct', v.reason, FINDING.notAtAct), null)
  }
  unknownSectorGrounds(v, facts, sink)
  listNotes(applied.entry.item, facts, actDate, sink)
  const mandatory = mandatoryExemption(facts, v, applied.entry.item, actDate, sink)
  if (mandatory) return noPenalty(ctx, applied, mandatory, null)

  const cands = benchmarkCandidates(resolved, applied).filter(
    (c): c is Candidate => c.version.kind === 'penalty'
  )
  const paths = cands.map((c) => penaltyPath(c, facts, config))
  const i = lighterIndex(paths)
  const chosen = paths[i]
  const cand = cands[i]
  if (!chosen || !cand) {
    // Unreachable with a checked catalogue: the applied version is itself a candidate.
    const message = '所适用的法律版本在裁量基准中没有处罚规定。'
    return fail(code, [{ code: 'NO_BENCHMARK_IN_FORCE', message }], trace)
  }
  if (chosen.kind === 'problem') return fail(code, [chosen.problem], trace)
  const compared: Compared[] = cands.map((c, k) => ({ located: c, fine: fineOf(paths[k]) }))
  if (cands.length > 1) trace.push(benchmarkTrace(compared, cand))

  const waivable = chosen.kind === 'penalty' || chosen.sanctions.some((s) => s.isPenalty)
  if (waivable) {
    const disc = discretionaryExemption(facts, cand.version, cand.entry.item, actDate, sink)
    if (disc) return noPenalty(ctx, cand, disc, alternativeOf(chosen, '如不适用不予处罚'), compared)
  }
  if (chosen.kind === 'orderOnly') {
    const then = penaltyPath(cand, facts, config, true)
    const alternative = alternativeOf(then, `如${chosen.preconditionText}`)
    return orderOnly(ctx, cand, chosen, alternative, compared)
  }
  const deviation = checkDeviation(facts, chosen, config, sink)
  return penalty(ctx, cand, chosen, deviation, compared)
}

function exempt(
  ground: Exemption['ground'],
  citation: Exemption['citation'],
  finding: string
): Exemption {
  return { ground, mandatory: true, citation, finding, keep: [] }
}

function benchmarkTrace(compared: Compared[], chosen: Candidate): TraceStep {
  const parts = compared.map(
    (c) => `《${c.located.entry.pkg.title}》建议${c.fine ? rangeText(c.fine) : '不处罚款'}`
  )
  return {
    step: 'benchmarkVersion',
    citation: BENCHMARK_RULE,
    finding: `${parts.join('，')}；适用较轻的《${chosen.entry.pkg.title}》。`
  }
}
