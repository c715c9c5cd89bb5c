// What the statistics handlers return.
import type { AnnualColumn } from '../core/statistics/annual-columns'
import type { CaseMetric } from '../core/statistics/metrics'
import type { StatisticsFigures } from '../core/statistics/figures'
import type { DrillColumn } from '../core/statistics/drill-columns'
import type { ClosedMarkView, PeriodAdjustmentView } from './period-views'

/** Stamped on every report and export so that a figure can be reproduced (issue 7 §4). */
export type ReproducibilityView = {
  from: string
  to: string
  /** Null for the consolidated figures of every unit in the database. */
  unitCode: string | null
  unitName: string
  generatedAt: string
  softwareVersion: string
  /** SHA-256 of the canonical JSON of the rows the figures were computed from. */
  dataHash: string
  includeRevoked: boolean
}

export type StatisticsView = StatisticsFigures & {
  meta: ReproducibilityView
  /** The counting rules applied, in words, for the report's notes. */
  rules: string[]
  /** Set when the period is closed (结账): the figures and meta are the snapshot frozen then. */
  closed?: ClosedMarkView
  /** Later corrections: this closed period's live minus frozen figures, or, for an open period, those
   * of the closed periods that ended in the year before it. Only periods with a change are listed. */
  adjustments?: PeriodAdjustmentView[]
}

export type SeriesPoint = {
  month: string
  decided: number
  penalties: number
  noPenalty: number
  firstViolation: number
  finesAndConfiscationsFen: number
}

export type StatisticsSeriesView = {
  meta: ReproducibilityView
  months: SeriesPoint[]
  byColumn: { column: AnnualColumn; count: number }[]
  byOutcome: { metric: CaseMetric; count: number }[]
  topItems: {
    itemCode: string
    itemName: string
    decided: number
    finesAndConfiscationsFen: number
  }[]
}

export type DrillRow = {
  caseId: string
  caseNumber: string
  cause: string
  itemName: string | null
  filedOn: string | null
  decidedOn: string | null
  outcome: string
  fineFen: number | null
  finesAndConfiscationsFen: number
  unitCode: string
}

export type DrillDownView = {
  metric: CaseMetric
  label: string
  total: number
  offset: number
  rows: DrillRow[]
}

export type ExportJobView = {
  id: string
  state: 'running' | 'done' | 'failed'
  done: number
  total: number
  fileName: string | null
  error: string | null
}

export type ColumnSetView = { id: string; name: string; columns: DrillColumn[] }

export type RevocationView = {
  caseId: string
  revokedOn: string
  authority: 'reconsideration' | 'litigation' | 'selfCorrection'
  reason: string
}

/** One unit's (or one county's) key figures in the consolidated view (issue 8 §3). */
export type UnitFiguresRow = {
  /** The unit's code, or the county's 6-digit division code. */
  key: string
  name: string
  division: string
  figures: {
    filed: number
    decided: number
    penaltyDecisions: number
    noPenalty: number
    firstViolationExempt: number
    finesAndConfiscationsFen: number
    recoveredLossFen: number
  }
}

export type UnitsView = {
  from: string
  to: string
  units: UnitFiguresRow[]
  counties: UnitFiguresRow[]
  total: UnitFiguresRow['figures']
}
