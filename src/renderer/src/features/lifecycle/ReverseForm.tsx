import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import type { PaymentView } from '../../../../shared/lifecycle-views'
import { paymentRecordInput } from '../../../../shared/schemas/lifecycle'
import { requiredText, uuid } from '../../../../shared/schemas/primitives'
import { Field } from '../../components/Field'
import { call } from '../../lib/api'
import { keyedIssues, today } from '../../lib/form'
import { useI18n } from '../../i18n/i18n'
import { SmallFormEnd, useSend } from './small-form'

/** A reversal is a payment entry that points at the one it reverses, and must say why. */
const reversalInput = paymentRecordInput.extend({ note: requiredText(500), reversesId: uuid })
const resolver = zodResolver(reversalInput, keyedIssues)

type Props = { caseId: string; entry: PaymentView; onDone: () => void; onCancel: () => void }

/** A correction never edits an entry: it records a reversing entry of the same amount and receipt. */
export function ReverseForm({ caseId, entry, onDone, onCancel }: Props) {
  const { t } = useI18n()
  const { error, run } = useSend(
    (values: z.output<typeof reversalInput>) => call('payments/record', values),
    onDone
  )
  const { register, handleSubmit, formState } = useForm<
    z.input<typeof reversalInput>,
    unknown,
    z.output<typeof reversalInput>
  >({
    resolver,
    defaultValues: {
      caseId,
      paidOn: today(),
      amountFen: entry.amountFen,
      receiptNo: entry.receiptNo,
      note: '',
      reversesId: entry.id
    }
  })
  const e = formState.errors
  const submit = handleSubmit(run)
  const title = t('payments.reverseTitle', { receiptNo: entry.receiptNo })
  return (
    <form className="card" aria-label={title} onSubmit={submit} noValidate>
      <h3>{title}</h3>
      <Field label={t('lifecycle.field.on')} htmlFor="rev-on" error={e.paidOn?.message}>
        <input id="rev-on" type="date" {...register('paidOn')} />
      </Field>
      <Field label={t('payments.reverseReason')} htmlFor="rev-reason" error={e.note?.message}>
        <input id="rev-reason" {...register('note')} />
      </Field>
      <SmallFormEnd
        error={error}
        confirm={t('payments.reverseConfirm')}
        danger
        busy={formState.isSubmitting}
        onCancel={onCancel}
      />
    </form>
  )
}
