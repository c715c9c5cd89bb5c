import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { Controller, useForm } from 'react-hook-form'
import type { z } from 'zod'
import { paymentRecordInput } from '../../../../shared/schemas/lifecycle'
import { Field } from '../../components/Field'
import { call } from '../../lib/api'
import { keyedIssues, today } from '../../lib/form'
import { useI18n } from '../../i18n/i18n'
import { FormError } from './FormError'
import { YuanInput } from './YuanInput'

type Values = z.input<typeof paymentRecordInput>
const resolver = zodResolver(paymentRecordInput, keyedIssues)

/** 登记缴款: one receipt, its date and amount (typed in yuan, stored in fen). */
export function PaymentForm({ caseId, onRecorded }: { caseId: string; onRecorded: () => void }) {
  const { t } = useI18n()
  const [error, setError] = useState<unknown>(null)
  const { register, control, handleSubmit, formState } = useForm<
    Values,
    unknown,
    z.output<typeof paymentRecordInput>
  >({ resolver, defaultValues: { caseId, paidOn: today(), receiptNo: '', note: '' } })
  const e = formState.errors
  const submit = handleSubmit(async (values) => {
    setError(null)
    try {
      await call('payments/record', values)
      onRecorded()
    } catch (err) {
      setError(err)
    }
  })
  return (
    <form className="card" aria-label={t('payments.record')} onSubmit={submit} noValidate>
      <h3>{t('payments.record')}</h3>
      <div className="grid">
        <Field label={t('payments.paidOn')} htmlFor="pay-paidOn" error={e.paidOn?.message}>
          <input id="pay-paidOn" type="date" {...register('paidOn')} />
        </Field>
        <Field label={t('payments.amount')} htmlFor="pay-amount" error={e.amountFen?.message}>
          <Controller
            control={control}
            name="amountFen"
            render={({ field }) => (
              <YuanInput id="pay-amount" value={field.value} onChange={field.onChange} />
            )}
          />
        </Field>
        <Field label={t('payments.receiptNo')} htmlFor="pay-receiptNo" error={e.receiptNo?.message}>
          <input id="pay-receiptNo" {...register('receiptNo')} />
        </Field>
        <Field label={t('payments.note')} htmlFor="pay-note" error={e.note?.message}>
          <input id="pay-note" {...register('note')} />
        </Field>
      </div>
      <FormError error={error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {t('payments.record')}
        </button>
      </div>
    </form>
  )
}
