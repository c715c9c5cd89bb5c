// Adjustments (调整) of a closed period: the figures recomputed today minus the figures frozen when the
// period was closed, by the rows the reports print, so a correction made after the close is shown
// under the name the published table used.
import type { StatisticsFigures } from './figures'
import { annualPenaltyRows, kpiRows, type FigureKind, type FigureRow } from './report-rows'

export type FigureAdjustment = {
  key: string
  label: string
  kind: FigureKind
  frozen: number | null
  live: number | null
  /** live − frozen; null when either is not computable or the figure is a flag. */
  delta: number | null
}

/** Every printed row once, by key; the KPI list first, so a figure keeps its KPI name. */
function rowsByKey(f: StatisticsFigures): Map<string, FigureRow> {
  const rows = new Map<string, FigureRow>()
  const all = [...kpiRows(f).flatMap((g) => g.rows), ...annualPenaltyRows(f)]
  for (const row of all) if (!rows.has(row.key)) rows.set(row.key, row)
  return rows
}

/** The rows whose value changed since the close, in the order the reports print them. */
export function figureAdjustments(
  frozen: StatisticsFigures,
  live: StatisticsFigures
): FigureAdjustment[] {
  const now = rowsByKey(live)
  const out: FigureAdjustment[] = []
  for (const [key, then] of rowsByKey(frozen)) {
    const value = now.get(key)?.value ?? null
    if (value === then.value) continue
    const computable = value !== null && then.value !== null && then.kind !== 'flag'
    out.push({
      key,
      label: then.label,
      kind: then.kind,
      frozen: then.value,
      live: value,
      delta: computable ? value - (then.value ?? 0) : null
    })
  }
  return out
}
