import { LOSS_CATEGORY_ZH } from '../../../../core/enterprise/vocabulary'
import type { LossTotalsView } from '../../../../shared/enterprise-views'
import type { UnitView } from '../../../../shared/views'
import { useI18n } from '../../i18n/i18n'
import { yuanGrouped } from './money'

type Props = { totals: LossTotalsView; unit: UnitView }

/** 为企业挽回损失 for a period: net of reversals, by category and by recording unit. */
export function LossTotals({ totals, unit }: Props) {
  const { t } = useI18n()
  return (
    <>
      <dl className="facts-grid" data-testid="loss-totals">
        <dt>{t('losses.period')}</dt>
        <dd>
          {totals.from} — {totals.to}
        </dd>
        <dt>{t('losses.unitTotal')}</dt>
        <dd>
          <strong data-testid="loss-unit-total">{yuanGrouped(totals.totalFen)}</strong>
        </dd>
      </dl>
      <h2>{t('losses.byCategory')}</h2>
      <table className="list compact" data-testid="loss-by-category">
        <thead>
          <tr>
            <th>{t('losses.category')}</th>
            <th>{t('losses.entries')}</th>
            <th>{t('losses.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {totals.byCategory.map((c) => (
            <tr key={c.category} data-testid="loss-category-row">
              <td>{LOSS_CATEGORY_ZH[c.category]}</td>
              <td>{c.entries}</td>
              <td data-testid="loss-category-amount">{yuanGrouped(c.amountFen)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('losses.byUnit')}</h2>
      <table className="list compact" data-testid="loss-by-unit">
        <thead>
          <tr>
            <th>{t('losses.unit')}</th>
            <th>{t('losses.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {totals.byUnit.map((u) => (
            <tr key={u.unitCode} data-testid="loss-unit-row">
              {/* Entries imported from other units carry only their unit code. */}
              <td>{u.unitCode === unit.code ? `${unit.name}（${u.unitCode}）` : u.unitCode}</td>
              <td data-testid="loss-unit-amount">{yuanGrouped(u.amountFen)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}
