// The input of the consistency review (一致性审查, domain.md §9.1): one case as the server assembles it
// from the case record, its frozen evaluation and its procedural progress, plus the peer cases and
// the revenue figures. Dates are YYYY-MM-DD (Asia/Shanghai); money is integer fen; `asOf` is passed
// in because core reads no clock.
import type { PartyKind } from '../cases/vocabulary'
import type { PausedSpan } from '../clocks/deadline'
import type { Citation } from '../discretion/citation'
import type { Facts } from '../discretion/facts-schema'
import type { FenRange } from '../discretion/money'
import type { OutcomeLevel } from '../discretion/result-types'
import type { PenaltyDecision } from '../lifecycle/penalty'
import type { CaseProgress } from '../lifecycle/progress'

/**
 * When the review runs. Issue 5 runs it before the notice (告知) and before the decision; a decided
 * case is reviewed again for the consistency report and supervision. Checks of steps that come later
 * (the notice before the decision, the hearing, the legal review) only run once their step is due.
 */
export const REVIEW_CHECKPOINTS = ['notice', 'decision', 'decided'] as const
export type ReviewCheckpoint = (typeof REVIEW_CHECKPOINTS)[number]

/** Approval of a deviation from the proposed level, or of 减轻 (Hubei 2023 notice, domain.md §4.1). */
export type DeviationApproval = { by: 'head' | 'collectiveDiscussion'; on: string }

/** 食品安全法 Art. 136: the three facts of the food trader's exemption, as recorded. */
export type Food136Facts = {
  /** 履行了本法规定的进货查验等义务. */
  purchaseInspectionDone: boolean
  /** 有充分证据证明其不知道所采购的食品不符合食品安全标准. */
  didNotKnow: boolean
  /** 能如实说明其进货来源. */
  sourceStated: boolean
}

/** The facts of APL Art. 33 and of sector exemptions, as recorded on the case (see fromFacts). */
export type ExemptionFacts = {
  /** 初次违法: no penalty for the same item within the unit's look-back (Facts.priorViolations = 0). */
  firstViolation: boolean
  harm: Facts['harm']
  /** 违法行为轻微 (Art. 33 ¶1 sentence 1). */
  minorViolation: boolean
  corrected: boolean
  /** 及时改正: both sentences of Art. 33 ¶1 require it; `corrected` alone does not suffice. */
  promptlyCorrected: boolean
  /** 当事人有证据足以证明没有主观过错 (Art. 33 ¶2). */
  noFault: boolean
  /** A law or administrative regulation that displaces Art. 33 ¶2 for this item (从其规定). */
  noFaultDisplacedBy: Citation | null
  /** Violation of emergency measures (APL Art. 49): 首违不罚 is not suggested. */
  publicEmergency: boolean
  /** Null when the item is not one where 食品安全法 Art. 136 can apply. */
  food136: Food136Facts | null
}

export type ReviewParty = {
  kind: PartyKind
  /** 个体工商户 or 小微企业 (the 小过重罚 cases concern them, domain.md §9.1). */
  microBusiness: boolean
  /** Declared annual turnover, if known: shown beside the ratio, not thresholded. */
  declaredTurnoverFen: number | null
}

/** The bases of the disproportion ratio; null when not recorded, 0 when recorded as none. */
export type ReviewBases = { goodsValueFen: number | null; illegalGainsFen: number | null }

export type ReviewProcedure = {
  /** The case's folded lifecycle (foldActions). */
  progress: CaseProgress
  /** Whether the notified (or intended) penalty carries the right to a hearing: hearingRight() of
   * src/core/lifecycle/penalty.ts with the unit's 较大数额 thresholds is not null. */
  hearingEligible: boolean
  /** Last day to serve the decision: serviceDeadline(calendar, announcedOn).due (APL Art. 61, 7
   * working days after the decision was announced); null when not yet decided or served on the spot. */
  serviceDueOn: string | null
  /** Last day to publish: publicationDeadline(calendar, decidedOn).due (20 working days); null when
   * the decision need not be published (simple procedure, warnings, no-penalty decisions). */
  publicationDueOn: string | null
}

/** One 查封/扣押 (行政强制法 Art. 25). */
export type Seizure = {
  /** The day it was carried out; not counted. */
  startedOn: string
  /** 情况复杂，经行政机关负责人批准延长. */
  extensionApproved: boolean
  /** 检测、检验、检疫或者技术鉴定的期间, which do not count (Art. 25 ¶3). */
  testing: readonly PausedSpan[]
  /** Null while the goods are still held. */
  releasedOn: string | null
}

export type ReviewSubject = {
  caseId: string
  caseNumber: string | null
  itemCode: string
  itemName: string
  /** Catalogue (benchmark) version applied: Evaluation.versions.benchmarkApplied.id. */
  benchmarkId: string
  checkpoint: ReviewCheckpoint
  /** The level decided, or intended at this checkpoint. */
  level: OutcomeLevel
  /** The level the recorded circumstances imply: Evaluation.outcome.level. */
  proposedLevel: OutcomeLevel
  /** Recorded approval of a deviation or of 减轻; null when none. */
  deviationApproval: DeviationApproval | null
  /** Statutory range of the applicable branch: Evaluation.statutoryRange. */
  statutoryRange: FenRange | null
  /** The item's level profile (catalogue `profile`, e.g. R30, MAXONLY); null for explicit bands. */
  profile: string | null
  /** 公益减罚 the evaluation took off the level's band (Evaluation.publicService.offsetFen); 0 when none.
   * The fine may sit this much below its level's share of the range without deviating. */
  publicServiceOffsetFen: number
  /** The decided penalty ('decided'), else the notified or intended one; null for none. */
  penalty: PenaltyDecision | null
  bases: ReviewBases
  party: ReviewParty
  exemption: ExemptionFacts
  /** Codes of the 从重 grounds found: Evaluation.grounds.aggravating[].code. */
  aggravatingGrounds: readonly string[]
  procedure: ReviewProcedure
  seizures: readonly Seizure[]
  asOf: string
}

/** A decided case of the unit (or, after consolidation, of other units) to compare with. */
export type PeerCase = {
  caseId: string
  caseNumber: string | null
  unitCode: string
  itemCode: string
  itemName: string
  benchmarkId: string
  level: OutcomeLevel
  decidedOn: string
  fineFen: number | null
  /** (fine − min) ÷ (max − min) of the applicable branch; see positionInRange. */
  position: number | null
  /** fine ÷ max(违法所得, 货值金额, floor); see finePerBase. */
  finePerBase: number | null
}

/** The unit's 罚没收入 of two consecutive years (a control figure, never a target). */
export type RevenueFigures = { thisYearFen: number; lastYearFen: number }
