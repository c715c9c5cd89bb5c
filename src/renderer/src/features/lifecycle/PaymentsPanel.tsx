import { useState } from 'react'
import type { Balance } from '../../../../core/lifecycle/execution'
import type { CaseProgressView } from '../../../../shared/lifecycle-views'
import { useI18n } from '../../i18n/i18n'
import { fenText } from './money'
import { PaymentForm } from './PaymentForm'
import { PaymentLedger } from './PaymentLedger'

type Props = { progress: CaseProgressView; mayChange: boolean; onChanged: () => void }

function BalanceView({ balance }: { balance: Balance }) {
  const { t } = useI18n()
  return (
    <dl className="facts-grid" data-testid="balance">
      <dt>{t('payments.fine')}</dt>
      <dd data-testid="balance-fine">{fenText(balance.fineFen)}</dd>
      <dt>{t('payments.due')}</dt>
      <dd data-testid="balance-due">{balance.paymentDue}</dd>
      <dt>{t('payments.surcharge')}</dt>
      <dd data-testid="balance-surcharge">{fenText(balance.surchargeFen)}</dd>
      <dt>{t('payments.paid')}</dt>
      <dd data-testid="balance-paid">{fenText(balance.paidFen)}</dd>
      <dt>{t('payments.outstanding')}</dt>
      <dd data-testid="balance-outstanding">
        <strong>{fenText(balance.outstandingFen)}</strong>
      </dd>
      {balance.overpaidFen > 0 ? (
        <>
          <dt>{t('payments.overpaid')}</dt>
          <dd data-testid="balance-overpaid">{fenText(balance.overpaidFen)}</dd>
        </>
      ) : null}
      {balance.finePaidOn ? (
        <>
          <dt>{t('payments.finePaidOn')}</dt>
          <dd>{balance.finePaidOn}</dd>
        </>
      ) : null}
      <dt>{t('payments.explanation')}</dt>
      <dd className="explanation" data-testid="balance-explanation">
        {balance.explanation}
      </dd>
    </dl>
  )
}

/** 罚款缴纳: what is owed on a served fine (with the late surcharge), the ledger, and recording. */
export function PaymentsPanel({ progress, mayChange, onChanged }: Props) {
  const { t } = useI18n()
  const [formKey, setFormKey] = useState(0)
  const p = progress.progress
  const fined = p.decision?.outcome === 'penalty' && p.decision.penalty.fineFen !== null
  if (!fined && progress.payments.length === 0) return null
  // The server takes payments on a served fine until the case is closed.
  const open = p.status !== 'CLOSED' && p.status !== 'ARCHIVED'
  const mayRecord = mayChange && fined && p.service !== null && open
  return (
    <section className="payments" aria-label={t('payments.title')}>
      <h2>{t('payments.title')}</h2>
      {progress.balanceProblem ? (
        <div className="banner banner-error" data-testid="balance-problem">
          <strong>{t('payments.problem')}</strong>：{progress.balanceProblem}
        </div>
      ) : null}
      {progress.balance ? <BalanceView balance={progress.balance} /> : null}
      <PaymentLedger
        caseId={progress.caseId}
        payments={progress.payments}
        mayReverse={mayRecord}
        onChanged={onChanged}
      />
      {mayRecord ? (
        <PaymentForm
          key={formKey}
          caseId={progress.caseId}
          onRecorded={() => {
            setFormKey((k) => k + 1)
            onChanged()
          }}
        />
      ) : null}
    </section>
  )
}
