import type { KindCounts, MergeTotals } from '../../../../shared/exchange-views'
import { useI18n } from '../../i18n/i18n'

const COLUMNS = ['new', 'updated', 'unchanged', 'conflicts'] as const

/** What a package does, per record kind and in total: new, updated, unchanged, in conflict. */
export function KindTable({ byKind, totals }: { byKind: KindCounts[]; totals: MergeTotals }) {
  const { t } = useI18n()
  return (
    <table className="list compact summary" data-testid="kind-table">
      <caption>{t('exchange.report.byKind')}</caption>
      <thead>
        <tr>
          <th>{t('exchange.col.kind')}</th>
          {COLUMNS.map((c) => (
            <th key={c} className="num">
              {t(`exchange.col.${c}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {byKind
          .filter((k) => k.new + k.updated + k.unchanged + k.conflicts > 0)
          .map((k) => (
            <tr key={k.kind} data-testid="kind-row" data-kind={k.kind}>
              <td>{t(`exchange.kind.${k.kind}`)}</td>
              {COLUMNS.map((c) => (
                <td key={c} className="num" data-testid={`kind-${c}`}>
                  {k[c]}
                </td>
              ))}
            </tr>
          ))}
      </tbody>
      <tfoot>
        <tr>
          <th>{t('exchange.report.total')}</th>
          {COLUMNS.map((c) => (
            <th key={c} className="num" data-testid={`total-${c}`}>
              {totals[c]}
            </th>
          ))}
        </tr>
      </tfoot>
    </table>
  )
}
