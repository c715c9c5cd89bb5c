import { useState } from 'react'
import type { PaymentView } from '../../../../shared/lifecycle-views'
import { useI18n } from '../../i18n/i18n'
import { fenText } from './money'
import { ReverseForm } from './ReverseForm'

type Props = {
  caseId: string
  payments: PaymentView[]
  mayReverse: boolean
  onChanged: () => void
}

/** The payment entries, oldest first; a live entry can be reversed. */
export function PaymentLedger({ caseId, payments, mayReverse, onChanged }: Props) {
  const { t } = useI18n()
  const [reversing, setReversing] = useState<PaymentView | null>(null)
  return (
    <>
      <h3>{t('payments.ledger')}</h3>
      {payments.length === 0 ? <p className="muted">{t('payments.none')}</p> : null}
      <table className="list" data-testid="payment-ledger">
        <thead>
          <tr>
            <th>{t('payments.paidOn')}</th>
            <th>{t('payments.amount')}</th>
            <th>{t('payments.receiptNo')}</th>
            <th>{t('payments.note')}</th>
            <th>{t('payments.createdBy')}</th>
            <th>{t('payments.status')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {payments.map((p) => (
            <tr key={p.id} data-testid="payment-row">
              <td>{p.paidOn}</td>
              <td>{fenText(p.amountFen)}</td>
              <td>{p.receiptNo}</td>
              <td>{p.note}</td>
              <td>{p.createdBy.displayName}</td>
              <td>
                {p.reversesId
                  ? t('payments.reversal')
                  : p.reversedById
                    ? t('payments.reversed')
                    : ''}
              </td>
              <td>
                {mayReverse && !p.reversesId && !p.reversedById ? (
                  <button type="button" className="secondary" onClick={() => setReversing(p)}>
                    {t('payments.reverse')}
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {reversing ? (
        <ReverseForm
          key={reversing.id}
          caseId={caseId}
          entry={reversing}
          onCancel={() => setReversing(null)}
          onDone={() => {
            setReversing(null)
            onChanged()
          }}
        />
      ) : null}
    </>
  )
}
