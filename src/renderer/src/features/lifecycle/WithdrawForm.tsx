import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import type { EvidenceView } from '../../../../shared/lifecycle-views'
import { evidenceWithdrawInput } from '../../../../shared/schemas/lifecycle'
import { Field } from '../../components/Field'
import { call } from '../../lib/api'
import { keyedIssues } from '../../lib/form'
import { useI18n } from '../../i18n/i18n'
import { SmallFormEnd, useSend } from './small-form'

const resolver = zodResolver(evidenceWithdrawInput, keyedIssues)
type Props = { evidence: EvidenceView; onDone: () => void; onCancel: () => void }

/** Withdrawing keeps the file and its hash; the item is marked withdrawn with the reason. */
export function WithdrawForm({ evidence, onDone, onCancel }: Props) {
  const { t } = useI18n()
  const { error, run } = useSend(
    (values: z.output<typeof evidenceWithdrawInput>) => call('evidence/withdraw', values),
    onDone
  )
  const { register, handleSubmit, formState } = useForm<
    z.input<typeof evidenceWithdrawInput>,
    unknown,
    z.output<typeof evidenceWithdrawInput>
  >({ resolver, defaultValues: { id: evidence.id, rev: evidence.rev, reason: '' } })
  const submit = handleSubmit(run)
  const title = t('evidence.withdrawTitle', { title: evidence.title })
  return (
    <form className="card" aria-label={title} onSubmit={submit} noValidate>
      <h3>{title}</h3>
      <Field
        label={t('evidence.withdrawReason')}
        htmlFor="ev-withdrawReason"
        error={formState.errors.reason?.message}
      >
        <input id="ev-withdrawReason" {...register('reason')} />
      </Field>
      <SmallFormEnd
        error={error}
        confirm={t('evidence.withdrawConfirm')}
        danger
        busy={formState.isSubmitting}
        onCancel={onCancel}
      />
    </form>
  )
}
