import { yuanFixedText } from '../../../../core/discretion/money'
import type { FigureAdjustment } from '../../../../core/statistics/adjustments'
import { figureText, type FigureKind } from '../../../../core/statistics/report-rows'
import type { ClosedMarkView, PeriodAdjustmentView } from '../../../../shared/period-views'
import { useI18n } from '../../i18n/i18n'
import { formatInstant } from '../../lib/format'

/** A figure as the reports print it. */
function valueText(kind: FigureKind, value: number | null): string {
  return figureText(
    { key: '', label: '', kind, value, metric: null, register: null },
    yuanFixedText
  )
}

/** A difference, signed: +123.00, -1, +2.5%. */
function deltaText(f: FigureAdjustment): string {
  if (f.delta === null) return '—'
  const sign = f.delta > 0 ? '+' : f.delta < 0 ? '-' : ''
  return sign + valueText(f.kind === 'change' ? 'permille' : f.kind, Math.abs(f.delta))
}

/** Shown above a closed period's figures: they are the snapshot frozen at the close. */
export function ClosedBanner({ closed }: { closed: ClosedMarkView }) {
  const { t } = useI18n()
  return (
    <p className="banner banner-ok" role="status" data-testid="closed-banner">
      {t('periods.banner', { at: formatInstant(closed.closedAt), by: closed.closedBy })}
    </p>
  )
}

/** The corrections made since closed periods were closed, as live minus frozen figures. */
export function AdjustmentsTable({ adjustments }: { adjustments: PeriodAdjustmentView[] }) {
  const { t } = useI18n()
  return (
    <section className="card" data-testid="adjustments">
      <h3>{t('periods.adjustments')}</h3>
      {adjustments.map((a) => (
        <table className="figure-table" key={a.periodId}>
          <caption>
            {t('periods.adjustmentsOf', { from: a.from, to: a.to, at: formatInstant(a.closedAt) })}
          </caption>
          <thead>
            <tr>
              <th>{t('periods.adj.figure')}</th>
              <th>{t('periods.adj.frozen')}</th>
              <th>{t('periods.adj.live')}</th>
              <th>{t('periods.adj.delta')}</th>
            </tr>
          </thead>
          <tbody>
            {a.figures.map((f) => (
              <tr key={f.key}>
                <td>{f.label}</td>
                <td className="num">{valueText(f.kind, f.frozen)}</td>
                <td className="num">{valueText(f.kind, f.live)}</td>
                <td className="num" data-testid={`adjustment-${f.key}`}>
                  {deltaText(f)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </section>
  )
}
