import type { CatalogueItemView } from '../../../../shared/views'
import { useI18n } from '../../i18n/i18n'

type Benchmark = CatalogueItemView['benchmark']

function benchmarkLine(b: Benchmark, t: ReturnType<typeof useI18n>['t']): string {
  const from = t('catalogue.effectiveFrom', { date: b.effectiveFrom })
  return b.documentNumber ? `${b.documentNumber}，${from}` : from
}

/** Every item the engine can apply today: the shipped benchmarks and the unit's published ones. */
export function ItemsInForce({ items }: { items: CatalogueItemView[] }) {
  const { t } = useI18n()
  return (
    <section aria-label={t('catalogue.inForce')}>
      <h2>
        {t('catalogue.inForce')}{' '}
        <span className="muted">{t('catalogue.inForceCount', { n: items.length })}</span>
      </h2>
      {items.length === 0 ? <p className="muted">{t('catalogue.itemsEmpty')}</p> : null}
      <table className="list" data-testid="catalogue-items">
        <thead>
          <tr>
            <th>{t('catalogue.code')}</th>
            <th>{t('catalogue.name')}</th>
            <th>{t('catalogue.domain')}</th>
            <th>{t('catalogue.violatedProvision')}</th>
            <th>{t('catalogue.penaltyProvision')}</th>
            <th>{t('catalogue.benchmark')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.code}>
              <td>{item.code}</td>
              <td>{item.name}</td>
              <td>{item.domain}</td>
              <td>{item.violatedProvision}</td>
              <td>{item.penaltyProvision ?? '—'}</td>
              <td>
                {item.benchmark.title}
                <div className="muted">{benchmarkLine(item.benchmark, t)}</div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
