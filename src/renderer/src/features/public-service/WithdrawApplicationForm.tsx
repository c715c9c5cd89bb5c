import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import type { PublicServiceView } from '../../../../shared/flexible-views'
import { publicServiceWithdrawInput } from '../../../../shared/schemas/flexible'
import { Field } from '../../components/Field'
import { call } from '../../lib/api'
import { keyedIssues, today } from '../../lib/form'
import { useI18n } from '../../i18n/i18n'
import { SmallFormEnd, useSend } from '../lifecycle/small-form'

type Values = z.input<typeof publicServiceWithdrawInput>
type Output = z.output<typeof publicServiceWithdrawInput>
const resolver = zodResolver(publicServiceWithdrawInput, keyedIssues)

type Props = { application: PublicServiceView; onDone: () => void; onCancel: () => void }

/** Withdrawal before verification; the application stays on record, marked withdrawn. */
export function WithdrawApplicationForm({ application: a, onDone, onCancel }: Props) {
  const { t } = useI18n()
  const { error, run } = useSend((v: Output) => call('publicService/withdraw', v), onDone)
  const { register, handleSubmit, formState } = useForm<Values, unknown, Output>({
    resolver,
    defaultValues: { applicationId: a.applicationId, on: today(), note: '' }
  })
  const e = formState.errors
  const title = t('publicService.withdrawTitle', { service: a.serviceName })
  return (
    <form
      className="card"
      aria-label={title}
      data-testid="ps-withdraw-form"
      onSubmit={handleSubmit(run)}
      noValidate
    >
      <h3>{title}</h3>
      <div className="grid">
        <Field
          label={t('publicService.withdrawnOn')}
          htmlFor="ps-withdraw-on"
          error={e.on?.message}
        >
          <input id="ps-withdraw-on" type="date" {...register('on')} />
        </Field>
        <Field
          label={t('publicService.withdrawNote')}
          htmlFor="ps-withdraw-note"
          error={e.note?.message}
        >
          <input id="ps-withdraw-note" {...register('note')} />
        </Field>
      </div>
      <SmallFormEnd
        error={error}
        confirm={t('publicService.submitWithdraw')}
        danger
        busy={formState.isSubmitting}
        onCancel={onCancel}
      />
    </form>
  )
}
