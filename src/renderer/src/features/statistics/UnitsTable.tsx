// The consolidated view side by side: every unit in the database and every county (the division
// code inside the unit code), with the period's key figures. A unit opens its own statistics.
import { useEffect, useState } from 'react'
import type { UnitFiguresRow, UnitsView } from '../../../../shared/statistics-views'
import { ErrorBanner } from '../../components/ErrorBanner'
import { useI18n } from '../../i18n/i18n'
import { call } from '../../lib/api'
import { yuanFixedText } from '../../../../core/discretion/money'
import type { StatsQuery } from './query'

type Props = { query: StatsQuery; onUnit: (unitCode: string) => void }

const FIGURES = [
  'filed',
  'decided',
  'penaltyDecisions',
  'noPenalty',
  'firstViolationExempt'
] as const

function Rows({
  rows,
  onUnit
}: {
  rows: UnitFiguresRow[]
  onUnit: ((code: string) => void) | null
}) {
  return (
    <>
      {rows.map((r) => (
        <tr key={r.key} data-unit={r.key}>
          <th scope="row">
            {onUnit ? (
              <button type="button" className="link" onClick={() => onUnit(r.key)}>
                {r.name}
              </button>
            ) : (
              r.name
            )}
            <div className="hint">{r.key}</div>
          </th>
          {FIGURES.map((f) => (
            <td key={f} className="num">
              {r.figures[f]}
            </td>
          ))}
          <td className="num">{yuanFixedText(r.figures.finesAndConfiscationsFen)}</td>
          <td className="num">{yuanFixedText(r.figures.recoveredLossFen)}</td>
        </tr>
      ))}
    </>
  )
}

export function UnitsTable({ query, onUnit }: Props) {
  const { t } = useI18n()
  const [view, setView] = useState<UnitsView | null>(null)
  const [error, setError] = useState<unknown>(null)
  useEffect(() => {
    let live = true
    setError(null)
    const { unit: _unit, ...period } = query
    call('stats/units', period).then((v) => live && setView(v), setError)
    return () => {
      live = false
    }
  }, [query])
  const head = (
    <tr>
      <th scope="col">{t('stats.units.unit')}</th>
      {FIGURES.map((f) => (
        <th scope="col" key={f} className="num">
          {t(`stats.units.${f}`)}
        </th>
      ))}
      <th scope="col" className="num">
        {t('stats.units.fines')}
      </th>
      <th scope="col" className="num">
        {t('stats.units.losses')}
      </th>
    </tr>
  )
  return (
    <section className="card" data-testid="stats-units">
      <ErrorBanner error={error} />
      {view ? (
        <>
          <table>
            <caption>{t('stats.units.byUnit')}</caption>
            <thead>{head}</thead>
            <tbody>
              <Rows rows={view.units} onUnit={onUnit} />
            </tbody>
          </table>
          <table>
            <caption>{t('stats.units.byCounty')}</caption>
            <thead>{head}</thead>
            <tbody>
              <Rows rows={view.counties} onUnit={null} />
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  )
}
