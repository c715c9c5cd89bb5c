import type { PublicServiceView } from '../../../../shared/flexible-views'
import { useI18n } from '../../i18n/i18n'
import { tenthsToText } from './quantity'

type Props = {
  items: PublicServiceView[]
  mayChange: boolean
  onVerify: (a: PublicServiceView) => void
  onWithdraw: (a: PublicServiceView) => void
}

/** Every application of the case, withdrawn ones included (they stay on record). */
export function ApplicationList({ items, mayChange, onVerify, onWithdraw }: Props) {
  const { t } = useI18n()
  if (items.length === 0) return <p className="muted">{t('publicService.none')}</p>
  const quantity = (a: PublicServiceView, tenths: number) =>
    `${tenthsToText(tenths)}${t(`publicService.measure.${a.measure}`)}`
  return (
    <table className="list" data-testid="ps-list">
      <thead>
        <tr>
          <th>{t('publicService.service')}</th>
          <th>{t('publicService.applied')}</th>
          <th>{t('publicService.status')}</th>
          <th>{t('publicService.verification')}</th>
          <th>{t('publicService.note')}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {items.map((a) => (
          <tr
            key={a.applicationId}
            data-testid="ps-row"
            className={a.status === 'withdrawn' ? 'withdrawn' : ''}
          >
            <td>
              {a.serviceCode} {a.serviceName}
            </td>
            <td data-testid="ps-applied">
              {quantity(a, a.appliedTenths)}，{a.appliedOn}
              <div className="muted">{a.statement}</div>
            </td>
            <td data-testid="ps-status">{t(`publicService.status.${a.status}`)}</td>
            <td data-testid="ps-verified">
              {a.verifiedTenths !== null && a.verifiedOn
                ? t('publicService.verifiedText', {
                    quantity: quantity(a, a.verifiedTenths),
                    on: a.verifiedOn,
                    by: a.verifiedBy ?? '—',
                    evidence: a.evidenceTitle ?? '—'
                  })
                : '—'}
            </td>
            <td>{a.note ?? '—'}</td>
            <td className="row-actions">
              {mayChange && a.status === 'applied' ? (
                <>
                  <button type="button" className="link" onClick={() => onVerify(a)}>
                    {t('publicService.verify')}
                  </button>
                  <button type="button" className="link" onClick={() => onWithdraw(a)}>
                    {t('publicService.withdraw')}
                  </button>
                </>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
