// What evaluate() returns. Plain data, serialisable as JSON for IPC, the CLI and the case record.
import type { ServiceMeasure } from '../flexible/vocabulary'
import type { Citation } from './citation'
import type { FenRange } from './money'
import type { PenaltyLevel, SanctionType } from './vocabulary'

/** One reasoning step; every step cites the rule it applied. */
export type TraceStep = {
  step: string
  citation: Citation
  finding: string
}

export type NoPenaltyGround =
  | 'limitation' // APL Art. 36
  | 'notPunishableAtAct' // no penalty provision when the act was done
  | 'lighterLaw' // APL Art. 37: the new rule no longer penalises the act
  | 'underAge' // APL Art. 30
  | 'incapacity' // APL Art. 31
  | 'noFault' // APL Art. 33 ¶2
  | 'minorViolationExemption' // APL Art. 33 ¶1 sentence 1
  | 'firstViolationExemption' // APL Art. 33 ¶1 sentence 2
  | 'exemptionList' // a published 免罚清单 (sufficient, never necessary)
  | 'sectorExemption' // e.g. 食品安全法 Art. 136

export type Outcome =
  | { level: 'NO_PENALTY'; ground: NoPenaltyGround; mandatory: boolean }
  | { level: 'ORDER_CORRECTION_ONLY' }
  | { level: 'NON_PENALTY_MEASURE' }
  | { level: PenaltyLevel }

export type OutcomeLevel = Outcome['level']

export type SanctionResult = {
  type: SanctionType
  mode: 'mandatory' | 'optional' | 'alternative'
  text: string
  isPenalty: boolean
}

export type Procedure =
  | { kind: 'simple' } // APL Art. 51: 可以当场作出
  | { kind: 'ordinary' }
  | { kind: 'simpleIfAtMost'; maxFen: number } // simple only if the decided fine stays within
  | { kind: 'none' } // no penalty decision (不予处罚 / 责令改正 only)

export type StepCode =
  | 'priorNotice'
  | 'hearingNotice'
  | 'legalReview'
  | 'collectiveDiscussion'
  | 'education'
  | 'guardianOrder'
  | 'confirmExemption'
  | 'orderToCorrect'

export type RequiredStep = {
  step: StepCode
  /** yes: required; conditional: required if `condition` comes true. */
  required: 'yes' | 'conditional'
  condition?: string
  reason: string
  citation: Citation
}

export type FlagCode =
  | 'CONFLICTING_GROUNDS'
  | 'DEVIATION'
  | 'BELOW_STATUTORY_MIN'
  | 'ABOVE_STATUTORY_MAX'
  | 'MITIGATION_WITHOUT_GROUND'
  | 'MITIGATION_NOT_BELOW_ZERO'
  | 'BASE_FALLBACK'
  | 'LIST_AID'
  | 'LIST_NOT_APPLICABLE'
  | 'UNKNOWN_SECTOR_GROUND'
  | 'EMERGENCY_NO_FIRST_VIOLATION'
  | 'DECISION_LAW_UNKNOWN'
  | 'PRECONDITIONS_DIFFER'
  | 'DOUBLE_COUNT_AVOIDED'
  | 'MULTIPLE_AGGRAVATED_RULES'
  | 'PUBLIC_SERVICE_NOT_APPLIED'
  | 'UNKNOWN_PUBLIC_SERVICE'
  | 'NOTE'

export type Flag = { code: FlagCode; severity: 'info' | 'warning' | 'error'; message: string }

export type StatuteRef = { law: string; version: string; inForceFrom: string }
export type BenchmarkRef = {
  id: string
  title: string
  documentNumber: string
  effectiveFrom: string
}

export type Versions = {
  violationDate: string
  /** The act's end (continuing violations) or its date: the date Art. 36 and Art. 37 use. */
  actDate: string
  decisionDate: string
  statuteAtAct: StatuteRef
  statuteAtDecision: StatuteRef | null
  statuteApplied: StatuteRef
  /** APL Art. 37 comparison. */
  lighterLaw: 'sameVersion' | 'oldApplies' | 'newLighter' | 'newNotPunishable' | 'decisionUnknown'
  benchmarkAtAct: BenchmarkRef | null
  benchmarkAtDecision: BenchmarkRef | null
  benchmarkApplied: BenchmarkRef
  /** Statutory ranges for these facts under the two statute versions, when they differ. */
  statuteRanges: { atAct: FenRange | null; atDecision: FenRange | null } | null
  /** Every (statute, benchmark) pair computed, with its proposed range, for the record. */
  compared: { statute: StatuteRef; benchmark: BenchmarkRef; fine: FenRange | null }[]
}

/** One catalogue service the party completed, with the rule it was converted by. */
export type PublicServiceItemUsed = {
  code: string
  name: string
  measure: ServiceMeasure
  quantityTenths: number
  fenPerUnit: number
  capPercent: number
  basis: Citation
  /** This item's offset after its own cap. */
  offsetFen: number
}

/** 公益减罚 (domain.md §5): verified public service offset inside the level's fine band. */
export type PublicServiceOffset = {
  items: PublicServiceItemUsed[]
  /** What was actually taken off the band's upper bound (after the caps and the floor). */
  offsetFen: number
  before: FenRange
  after: FenRange
}

/** The result that would follow if the officer declines a discretionary exemption, or once a
 * precondition such as 拒不改正 is met. */
export type Alternative = {
  label: string
  level: OutcomeLevel
  fine: FenRange | null
  sanctions: SanctionResult[]
  publicService: PublicServiceOffset | null
}

export type GroundView = { code: string; label: string; citation: Citation; mandatory: boolean }

export type Evaluation = {
  ok: true
  itemCode: string
  itemName: string
  outcome: Outcome
  /** Mitigating and aggravating grounds found (empty unless a level was derived). */
  grounds: { mitigating: GroundView[]; aggravating: GroundView[] }
  /** Statutory branch applied, e.g. 货值金额不足一万元. */
  branch: string | null
  /** For ORDER_CORRECTION_ONLY: the condition a fine needs (e.g. 责令改正后拒不改正). */
  precondition: string | null
  /** Proposed fine range for the level (rounded); null when no fine is proposed. */
  fine: FenRange | null
  /** Statutory range of the applicable branch; null when the rule has no fine. */
  statutoryRange: FenRange | null
  /** 公益减罚 applied to `fine` (already included in it); null when none. Evaluations stored before
   * issue 6 lack the field. */
  publicService: PublicServiceOffset | null
  sanctions: SanctionResult[]
  procedure: Procedure
  steps: RequiredStep[]
  provisions: { violated: Citation; penalty: Citation | null }
  versions: Versions
  flags: Flag[]
  requiresConfirmation: boolean
  alternative: Alternative | null
  trace: TraceStep[]
  explanation: string
}

export type EvaluationProblem = {
  code:
    | 'INVALID_DATES'
    | 'UNKNOWN_ITEM'
    | 'NO_BENCHMARK_IN_FORCE'
    | 'NO_STATUTE_AT_ACT'
    | 'MISSING_BASE'
    | 'INCONSISTENT_FACTS'
  message: string
}

export type EvaluationResult =
  Evaluation | { ok: false; itemCode: string; problems: EvaluationProblem[]; trace: TraceStep[] }
