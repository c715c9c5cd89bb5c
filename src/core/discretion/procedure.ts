// Procedure (APL Art. 51) and the steps a decision requires: prior notice (Art. 44), hearing notice
// (Art. 63, 较大数额 per unit configuration), legal review (Art. 58), collective discussion
// (Art. 57 ¶2; 减轻 and deviations per unit configuration), education (Art. 33 ¶3).
import { assertNever } from '../assert'
import { APL_ART, type Citation } from './citation'
import type { System } from './catalogue-schema'
import type { UnitConfig } from './config-schema'
import type { Facts } from './facts-schema'
import { yuanText, type FenRange } from './money'
import type {
  OutcomeLevel,
  Procedure,
  RequiredStep,
  SanctionResult,
  StepCode
} from './result-types'
import { alwaysHearingType, SANCTION_LABEL_ZH } from './vocabulary'

/** APL Art. 51: 对公民处以二百元以下、对法人或者其他组织处以三千元以下罚款或者警告. */
export const SIMPLE_MAX_FEN = { person: 20_000, organisation: 300_000 } as const

function simpleThreshold(facts: Facts): number {
  return SIMPLE_MAX_FEN[facts.party.kind]
}

export type ProcedureInput = {
  level: OutcomeLevel
  fine: FenRange | null
  sanctions: SanctionResult[]
  deviation: boolean
}

export function procedureFor(p: ProcedureInput, facts: Facts): Procedure {
  switch (p.level) {
    case 'NO_PENALTY':
    case 'NON_PENALTY_MEASURE':
      return { kind: 'none' }
    case 'ORDER_CORRECTION_ONLY':
      return p.sanctions.some((s) => s.isPenalty) ? { kind: 'simple' } : { kind: 'none' }
    case 'MITIGATED':
      // 减轻 needs collective discussion, which an on-the-spot decision cannot have.
      return { kind: 'ordinary' }
    case 'LIGHTER':
    case 'NORMAL':
    case 'HEAVIER':
      return penaltyProcedure(p, facts)
  }
  return assertNever(p.level)
}

function penaltyProcedure(p: ProcedureInput, facts: Facts): Procedure {
  if (p.deviation) return { kind: 'ordinary' }
  const other = p.sanctions.some(
    (s) => s.isPenalty && s.mode === 'mandatory' && s.type !== 'fine' && s.type !== 'warning'
  )
  if (other) return { kind: 'ordinary' }
  const hasFine = p.sanctions.some((s) => s.type === 'fine')
  if (!hasFine || !p.fine) return { kind: 'simple' }
  const max = simpleThreshold(facts)
  const amount = facts.intendedFineFen
  if (amount !== undefined) return amount <= max ? { kind: 'simple' } : { kind: 'ordinary' }
  if (p.fine.maxFen <= max) return { kind: 'simple' }
  if (p.fine.minFen > max) return { kind: 'ordinary' }
  return { kind: 'simpleIfAtMost', maxFen: max }
}

export type StepsInput = ProcedureInput & {
  procedure: Procedure
  system: System
  requiresConfirmation: boolean
  guardian: boolean
}

function add(steps: RequiredStep[], s: RequiredStep): void {
  const same = steps.find((x) => x.step === s.step)
  if (!same) {
    steps.push(s)
    return
  }
  same.reason = `${same.reason}；${s.reason}`
  if (s.required === 'yes') {
    same.required = 'yes'
    delete same.condition
  } else if (same.required === 'conditional' && s.condition) {
    same.condition = `${same.condition ?? ''}；${s.condition}`
  }
}

function yes(steps: RequiredStep[], code: StepCode, reason: string, citation: Citation): void {
  add(steps, { step: code, required: 'yes', reason, citation })
}

function maybe(
  steps: RequiredStep[],
  code: StepCode,
  reason: string,
  citation: Citation,
  condition: string | undefined
): void {
  const s: RequiredStep = { step: code, required: 'conditional', reason, citation }
  if (condition) s.condition = condition
  add(steps, s)
}

const REASON = {
  order: '责令当事人改正或者限期改正违法行为',
  guardian: '责令监护人加以管教或者严加看管和治疗',
  confirm: '“可以”不予处罚，须由办案人员确认并报负责人审批',
  education: '依法不予行政处罚的，应当对当事人进行教育',
  notice: '告知拟作出的行政处罚内容及事实、理由、依据和陈述、申辩权',
  publicInterest: '涉及重大公共利益',
  difficult: '案件情况疑难复杂、涉及多个法律关系',
  afterHearing: '直接关系当事人重大权益',
  complex: '情节复杂或者重大违法行为',
  noThreshold: '本单位未配置“较大数额”标准'
} as const

function hearing(p: StepsInput, facts: Facts, config: UnitConfig, steps: RequiredStep[]): void {
  const art63 = APL_ART.art63
  for (const s of p.sanctions) {
    if (!alwaysHearingType(s.type)) continue
    const label = SANCTION_LABEL_ZH[s.type]
    if (s.mode === 'mandatory') yes(steps, 'hearingNotice', `拟作出${label}`, art63)
    else maybe(steps, 'hearingNotice', `可以并处${label}`, art63, `决定${label}的`)
  }
  const t = config.hearing.thresholds.find((x) => x.system === p.system)
  const kind = facts.party.kind
  const fine = p.sanctions.some((s) => s.type === 'fine') ? p.fine : null
  if (!t) {
    if (fine) maybe(steps, 'hearingNotice', REASON.noThreshold, art63, '罚款达到较大数额的')
    return
  }
  const thr = t.fineFen[kind]
  if (fine) {
    const amount = facts.intendedFineFen
    const who = kind === 'person' ? '自然人' : '法人或者其他组织'
    const label = `较大数额罚款（${who}${yuanText(thr)}以上，${t.source}）`
    if (amount !== undefined ? amount >= thr : fine.minFen >= thr) {
      yes(steps, 'hearingNotice', label, art63)
    } else if (amount === undefined && fine.maxFen >= thr) {
      maybe(steps, 'hearingNotice', label, art63, `拟罚款达到${yuanText(thr)}以上的`)
    }
  }
  const gains = facts.bases.illegalGainsFen ?? 0
  const confiscates = p.sanctions.some((s) => s.type === 'confiscateGains')
  if (confiscates && gains >= t.confiscationFen[kind]) {
    const label = `没收较大数额违法所得（${yuanText(t.confiscationFen[kind])}以上，${t.source}）`
    yes(steps, 'hearingNotice', label, art63)
  }
}

function legalReview(p: StepsInput, facts: Facts, config: UnitConfig, steps: RequiredStep[]): void {
  const art58 = APL_ART.art58
  if (facts.majorPublicInterest) yes(steps, 'legalReview', REASON.publicInterest, art58)
  if (facts.difficultOrMultipleRelations) yes(steps, 'legalReview', REASON.difficult, art58)
  if (steps.some((s) => s.step === 'hearingNotice')) {
    maybe(steps, 'legalReview', REASON.afterHearing, art58, '经过听证程序的')
  }
  const lr = config.legalReview
  const kind = p.procedure.kind
  if (lr.alwaysForOrdinary && kind !== 'simple' && kind !== 'none') {
    const why = `本单位规定普通程序案件一律法制审核（${lr.source}）`
    if (kind === 'ordinary') yes(steps, 'legalReview', why, art58)
    else maybe(steps, 'legalReview', why, art58, '适用普通程序的')
  }
}

function collectiveDiscussion(
  p: StepsInput,
  facts: Facts,
  config: UnitConfig,
  steps: RequiredStep[]
): void {
  const cd = config.collectiveDiscussion
  const art57 = APL_ART.art57p2
  if (facts.complexOrMajor) yes(steps, 'collectiveDiscussion', REASON.complex, art57)
  if (p.level === 'MITIGATED' && cd.forMitigated) {
    const why = `减轻处罚（低于法定最低限度）须经集体讨论（${cd.source}）`
    yes(steps, 'collectiveDiscussion', why, art57)
  }
  if (p.deviation && cd.forDeviation) {
    const why = `偏离裁量基准须经主要负责人批准或者集体讨论，审批材料归入副卷（${cd.source}）`
    yes(steps, 'collectiveDiscussion', why, art57)
  }
  const h = steps.find((s) => s.step === 'hearingNotice')
  if (h && cd.forHearingCases) {
    const why = `属于听证范围的案件（${cd.source}）`
    if (h.required === 'yes') yes(steps, 'collectiveDiscussion', why, art57)
    else maybe(steps, 'collectiveDiscussion', why, art57, h.condition)
  }
}

export function requiredSteps(p: StepsInput, facts: Facts, config: UnitConfig): RequiredStep[] {
  const steps: RequiredStep[] = []
  if (!facts.correction.corrected && p.level !== 'NON_PENALTY_MEASURE') {
    yes(steps, 'orderToCorrect', REASON.order, APL_ART.art28p1)
  }
  if (p.level === 'NO_PENALTY') {
    if (p.guardian) yes(steps, 'guardianOrder', REASON.guardian, APL_ART.art30)
    if (p.requiresConfirmation) yes(steps, 'confirmExemption', REASON.confirm, APL_ART.art33p1s2)
    yes(steps, 'education', REASON.education, APL_ART.art33p3)
    return steps
  }
  if (p.level === 'NON_PENALTY_MEASURE') return steps
  if (p.sanctions.some((s) => s.isPenalty)) yes(steps, 'priorNotice', REASON.notice, APL_ART.art44)
  hearing(p, facts, config, steps)
  legalReview(p, facts, config, steps)
  collectiveDiscussion(p, facts, config, steps)
  return steps
}
