import { yuanFixedText } from '../../../../core/discretion/money'
import type { CaseMetric } from '../../../../core/statistics/metrics'
import { figureText, type FigureRow } from '../../../../core/statistics/report-rows'
import { useI18n } from '../../i18n/i18n'
import { href } from '../../lib/router'

type Props = { caption: string; rows: FigureRow[]; onDrill: (metric: CaseMetric) => void }

/** Figures with their names. A figure about cases is a button that opens the cases behind it; a
 * supervision figure links to its register (clues, the loss ledger, inspections). */
export function FigureTable({ caption, rows, onDrill }: Props) {
  const { t } = useI18n()
  return (
    <table className="figure-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th>{t('stats.figure')}</th>
          <th>{t('stats.value')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const text = figureText(r, yuanFixedText)
          const metric = r.metric
          return (
            <tr key={r.key}>
              <td>{r.label}</td>
              <td className="num" data-testid={`figure-${r.key}`}>
                {metric ? (
                  <button type="button" className="figure-button" onClick={() => onDrill(metric)}>
                    {text}
                  </button>
                ) : r.register ? (
                  <a href={href({ name: r.register })}>{text}</a>
                ) : (
                  text
                )}
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
