// Fixtures for the review tests: a clean case that trips no check, and builders that change one fact
// at a time. Money in fen (1 yuan = 100 fen).
import type { PenaltyDecision } from '../lifecycle/penalty'
import { initialProgress, type CaseProgress } from '../lifecycle/progress'
import { DEFAULT_REVIEW_CONFIG, type ReviewConfig } from './config'
import type { ReviewFlag, ReviewFlagCode } from './flag'
import type { ExemptionFacts, PeerCase, ReviewSubject } from './types'

export const yuan = (y: number) => y * 100

export const fine = (fen: number): PenaltyDecision => ({
  types: ['fine'],
  fineFen: fen,
  confiscationFen: null
})

/** 食品安全法 Art. 124 ¶1, 货值金额不足一万元: 5万 to 10万 yuan. */
export const RANGE_124 = { minFen: yuan(50_000), maxFen: yuan(100_000) }

export const NO_EXEMPTION: ExemptionFacts = {
  firstViolation: false,
  harm: 'slight',
  minorViolation: false,
  corrected: true,
  promptlyCorrected: false,
  noFault: false,
  noFaultDisplacedBy: null,
  publicEmergency: false,
  food136: null
}

/** Filed 2025-03-01, notified 2025-04-01 of a 7.5万 fine (position 0.5, NORMAL under R30). */
export function progress(over: Partial<CaseProgress> = {}): CaseProgress {
  return {
    ...initialProgress('NOTIFIED', '2025-03-01'),
    notice: { on: '2025-04-01', penalty: fine(yuan(75_000)), hearingOffered: false },
    ...over
  }
}

/** A case at the decision checkpoint that trips no check. */
export function subject(over: Partial<ReviewSubject> = {}): ReviewSubject {
  return {
    caseId: 'case-1',
    caseNumber: '示市监处罚〔2025〕1号',
    itemCode: 'SC-FS-124-01-05',
    itemName: '经营超过保质期的食品',
    benchmarkId: 'SC-PLACEHOLDER-2021',
    checkpoint: 'decision',
    level: 'NORMAL',
    proposedLevel: 'NORMAL',
    deviationApproval: null,
    statutoryRange: RANGE_124,
    profile: 'R30',
    publicServiceOffsetFen: 0,
    penalty: fine(yuan(75_000)),
    bases: { goodsValueFen: yuan(5_000), illegalGainsFen: yuan(1_000) },
    party: { kind: 'organisation', microBusiness: false, declaredTurnoverFen: null },
    exemption: NO_EXEMPTION,
    aggravatingGrounds: [],
    procedure: {
      progress: progress(),
      hearingEligible: false,
      serviceDueOn: null,
      publicationDueOn: null
    },
    seizures: [],
    asOf: '2025-04-20',
    ...over
  }
}

export function withFine(s: ReviewSubject, fen: number): ReviewSubject {
  return { ...s, penalty: fine(fen) }
}

/** The fine decided and, as it should be, the one notified. */
export function withNotifiedFine(s: ReviewSubject, fen: number): ReviewSubject {
  const notice = { on: '2025-04-01', penalty: fine(fen), hearingOffered: false }
  return {
    ...s,
    penalty: fine(fen),
    procedure: { ...s.procedure, progress: { ...s.procedure.progress, notice } }
  }
}

export function peer(over: Partial<PeerCase> = {}): PeerCase {
  return {
    caseId: 'peer-1',
    caseNumber: '示市监处罚〔2025〕0号',
    unitCode: 'UNIT-A',
    itemCode: 'SC-FS-124-01-05',
    itemName: '经营超过保质期的食品',
    benchmarkId: 'SC-PLACEHOLDER-2021',
    level: 'NORMAL',
    decidedOn: '2025-01-15',
    fineFen: yuan(75_000),
    position: 0.5,
    finePerBase: 15,
    ...over
  }
}

export const config = (mutate: (c: ReviewConfig) => void = () => {}): ReviewConfig => {
  const c = structuredClone(DEFAULT_REVIEW_CONFIG)
  mutate(c)
  return c
}

export const codes = (flags: readonly ReviewFlag[]): ReviewFlagCode[] => flags.map((f) => f.code)

export const only = (flags: readonly ReviewFlag[]): ReviewFlag => {
  if (flags.length !== 1) throw new Error(`expected one flag, got ${codes(flags).join(', ')}`)
  return flags[0] as ReviewFlag
}

/** Yulin 芹菜案 (domain.md §9.1): 20 yuan of celery, 66 000 yuan fine, an individual trader, 食品安全法
 * Art. 124 (货值金额不足一万元: 5万–10万). */
const YULIN_PENALTY: PenaltyDecision = {
  types: ['fine', 'confiscateProperty'],
  fineFen: 6_600_000,
  confiscationFen: 2_000
}

export const YULIN: ReviewSubject = subject({
  caseId: 'yulin',
  level: 'NORMAL',
  penalty: YULIN_PENALTY,
  procedure: {
    progress: progress({
      notice: { on: '2025-04-01', penalty: YULIN_PENALTY, hearingOffered: true }
    }),
    hearingEligible: true,
    serviceDueOn: null,
    publicationDueOn: null
  },
  bases: { goodsValueFen: 2_000, illegalGainsFen: 1_000 },
  party: { kind: 'person', microBusiness: true, declaredTurnoverFen: null },
  exemption: {
    ...NO_EXEMPTION,
    food136: { purchaseInspectionDone: false, didNotKnow: true, sourceStated: false }
  }
})
