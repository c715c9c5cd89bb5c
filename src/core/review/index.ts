// Public API of the consistency review (一致性审查, domain.md §9.1; issue 5): pure checks of one case
// against the law, its benchmark and its peers, and the per-period consistency report. The server
// assembles the inputs (types.ts) and stores the flags with the reviewer's verdicts.
export { runChecks, CHECKS } from './run'
export { checkRevenueGrowth } from './revenue'
export {
  reportStats,
  fineBuckets,
  positionBuckets,
  type ConsistencyReport,
  type GroupReport,
  type FineBucket,
  type PositionBucket,
  type ReportOutlier,
  type OutlierReason,
  type ReportPeriod
} from './report'
export {
  DEFAULT_REVIEW_CONFIG,
  PARTY_SCOPES,
  PEER_MEASURES,
  profileFor,
  type ConfigKey,
  type LevelFractions,
  type PartyScope,
  type PeerMeasure,
  type ReviewConfig,
  type Sourced
} from './config'
export { parseReviewConfig, reviewConfigSchema } from './config-schema'
export {
  REVIEW_FLAG_CODES,
  REVIEW_RULES,
  REVIEW_SEVERITIES,
  type Evidence,
  type ReviewFlag,
  type ReviewFlagCode,
  type ReviewRule,
  type ReviewSeverity
} from './flag'
export { REVIEW_CITATIONS } from './citations'
export {
  finePerBase,
  peerFromSubject,
  positionInRange,
  ratioBase,
  subjectPosition,
  type RatioBase
} from './measures'
export { selectPeers, peerWindow, type Window } from './peers'
export { decisionDueOn } from './procedure-deadlines'
export { exemptionFactsFrom, FOOD_136_GROUND } from './from-facts'
export { summarize, quartile, median, type Summary } from './stats'
export type { Check, CheckInput } from './check'
export {
  REVIEW_CHECKPOINTS,
  type DeviationApproval,
  type ExemptionFacts,
  type Food136Facts,
  type PeerCase,
  type RevenueFigures,
  type ReviewBases,
  type ReviewCheckpoint,
  type ReviewParty,
  type ReviewProcedure,
  type ReviewSubject,
  type Seizure
} from './types'
