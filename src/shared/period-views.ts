// What the period-close handlers return (结账, issue 8 §4).
import type { FigureAdjustment } from '../core/statistics/adjustments'

export type { FigureAdjustment }

/** Whose figures a close froze: the own unit's or every unit's in the database. */
export type PeriodUnitScope = 'own' | 'all'

export type PeriodCloseView = {
  id: string
  from: string
  to: string
  unitScope: PeriodUnitScope
  includeRevoked: boolean
  dataHash: string
  closedAt: string
  closedBy: string
  /** Null while the period is closed. */
  reopenedAt: string | null
  reopenedBy: string | null
  reopenReason: string | null
}

/** On a report of a closed period: its figures are the snapshot frozen at the close. */
export type ClosedMarkView = { periodId: string; closedAt: string; closedBy: string }

/** The figures of one closed period that changed since it was closed (later corrections). */
export type PeriodAdjustmentView = {
  periodId: string
  from: string
  to: string
  closedAt: string
  figures: FigureAdjustment[]
}
