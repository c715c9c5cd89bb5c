import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import { followUpInput } from '../../../../shared/schemas/flexible'
import { Field } from '../../components/Field'
import { call } from '../../lib/api'
import { keyedIssues, today } from '../../lib/form'
import { useI18n } from '../../i18n/i18n'
import { SmallFormEnd, useSend } from '../lifecycle/small-form'

const resolver = zodResolver(followUpInput, keyedIssues)
type Props = { caseId: string; caseNumber: string; onDone: () => void; onCancel: () => void }

/** 回访 after the education of a no-penalty decision (APL Art. 33 ¶3): recorded once. */
export function FollowUpForm({ caseId, caseNumber, onDone, onCancel }: Props) {
  const { t } = useI18n()
  const { error, run } = useSend(
    (values: z.output<typeof followUpInput>) => call('education/follow-up', values),
    onDone
  )
  const { register, handleSubmit, formState } = useForm<
    z.input<typeof followUpInput>,
    unknown,
    z.output<typeof followUpInput>
  >({ resolver, defaultValues: { caseId, on: today(), result: '' } })
  const title = t('flexible.followUp.title', { caseNumber })
  return (
    <form
      className="card"
      aria-label={title}
      onSubmit={handleSubmit(run)}
      noValidate
      data-testid="follow-up-form"
    >
      <h3>{title}</h3>
      <Field
        label={t('flexible.followUp.on')}
        htmlFor={`follow-up-on-${caseId}`}
        error={formState.errors.on?.message}
      >
        <input id={`follow-up-on-${caseId}`} type="date" {...register('on')} />
      </Field>
      <Field
        label={t('flexible.followUp.result')}
        htmlFor={`follow-up-result-${caseId}`}
        error={formState.errors.result?.message}
      >
        <textarea id={`follow-up-result-${caseId}`} rows={3} {...register('result')} />
      </Field>
      <SmallFormEnd
        error={error}
        confirm={t('flexible.followUp.confirm')}
        busy={formState.isSubmitting}
        onCancel={onCancel}
      />
    </form>
  )
}
