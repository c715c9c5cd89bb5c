// The dashboard's query: a period, the revoked-decisions choice (absent: the unit's default) and whose
// cases (absent: the own unit; 'all': every unit merged in; or one unit's code).
import { periodOf, type PeriodKind } from '../../../../core/statistics/period'
import { today } from '../../lib/form'

export type StatsQuery = { from: string; to: string; includeRevoked?: boolean; unit?: string }

/** The current month, quarter or year up to today; with offset −1 the whole one before. */
export function periodQuery(kind: PeriodKind, offset: 0 | -1 = 0): StatsQuery {
  const now = today()
  const year = Number(now.slice(0, 4))
  const month = Number(now.slice(5, 7))
  const index = kind === 'quarter' ? Math.ceil(month / 3) : month
  const current = kind === 'year' ? periodOf('year', year) : periodOf(kind, year, index)
  if (offset === 0) return { from: current.from, to: now }
  if (kind === 'year') return periodOf('year', year - 1)
  const last = kind === 'quarter' ? 4 : 12
  return index === 1 ? periodOf(kind, year - 1, last) : periodOf(kind, year, index - 1)
}
