// The consolidated view by unit and by county (issue 8 §3): each unit in the database — the own one
// and every one merged in from packages — with its key figures for the period, and the same summed
// by county. A county is the 6-digit administrative division inside the unit's 统一社会信用代码
// (characters 3–8, GB 32100-2015 §4), so a city's own bureau and its district bureaus group apart.
import type Database from 'better-sqlite3'
import type { CountingOptions } from '../../core/statistics/metrics'
import type { Period } from '../../core/statistics/period'
import type { UnitFiguresRow, UnitsView } from '../../shared/statistics-views'
import { prepare } from '../db/statements'
import { knownUnitName } from '../exchange/sources'
import { getUnit } from '../unit/repo'
import { countPeriod } from './count'

export function divisionOf(unitCode: string): string {
  return unitCode.slice(2, 8)
}

function unitCodes(db: Database.Database): string[] {
  const rows = prepare(
    db,
    `SELECT unit_code AS code FROM case_facts UNION SELECT origin_unit FROM recovered_losses
     UNION SELECT unit_code FROM package_sources UNION SELECT code FROM unit ORDER BY 1`
  ).all() as { code: string }[]
  return rows.map((r) => r.code)
}

function lossTotal(db: Database.Database, p: Period, unit: string): number {
  const row = prepare(
    db,
    `SELECT coalesce(sum(amount_fen), 0) AS n FROM recovered_losses
      WHERE on_date BETWEEN ? AND ? AND origin_unit = ?`
  ).get(p.from, p.to, unit) as { n: number }
  return row.n
}

function add(
  a: UnitFiguresRow['figures'],
  b: UnitFiguresRow['figures']
): UnitFiguresRow['figures'] {
  return {
    filed: a.filed + b.filed,
    decided: a.decided + b.decided,
    penaltyDecisions: a.penaltyDecisions + b.penaltyDecisions,
    noPenalty: a.noPenalty + b.noPenalty,
    firstViolationExempt: a.firstViolationExempt + b.firstViolationExempt,
    finesAndConfiscationsFen: a.finesAndConfiscationsFen + b.finesAndConfiscationsFen,
    recoveredLossFen: a.recoveredLossFen + b.recoveredLossFen
  }
}

const ZERO: UnitFiguresRow['figures'] = {
  filed: 0,
  decided: 0,
  penaltyDecisions: 0,
  noPenalty: 0,
  firstViolationExempt: 0,
  finesAndConfiscationsFen: 0,
  recoveredLossFen: 0
}

export function unitsView(db: Database.Database, p: Period, options: CountingOptions): UnitsView {
  const own = getUnit(db)
  const units: UnitFiguresRow[] = unitCodes(db).map((code) => {
    const c = countPeriod(db, p, code, options)
    return {
      key: code,
      name: code === own?.code ? own.name : (knownUnitName(db, code) ?? code),
      division: divisionOf(code),
      figures: {
        filed: c.counts.filed,
        decided: c.counts.decided,
        penaltyDecisions: c.counts.penaltyDecisions,
        noPenalty: c.counts.noPenalty,
        firstViolationExempt: c.counts.firstViolationExempt,
        finesAndConfiscationsFen: c.amounts.finesAndConfiscationsFen,
        recoveredLossFen: lossTotal(db, p, code)
      }
    }
  })
  const byDivision = new Map<string, UnitFiguresRow>()
  for (const u of units) {
    const d = byDivision.get(u.division) ?? {
      key: u.division,
      name: u.division,
      division: u.division,
      figures: ZERO
    }
    byDivision.set(u.division, { ...d, figures: add(d.figures, u.figures) })
  }
  const total = units.reduce((sum, u) => add(sum, u.figures), ZERO)
  return { from: p.from, to: p.to, units, counties: [...byDivision.values()], total }
}
