import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import { fastTrackMarkInput } from '../../../../shared/schemas/flexible'
import { Field } from '../../components/Field'
import { call } from '../../lib/api'
import { keyedIssues } from '../../lib/form'
import { useI18n } from '../../i18n/i18n'
import { SmallFormEnd, useSend } from '../lifecycle/small-form'

const resolver = zodResolver(fastTrackMarkInput, keyedIssues)
type Props = { caseId: string; onDone: () => void; onCancel: () => void }

/** Marks the case for 轻微速罚 before the decision, with the reason; recorded once. */
export function MarkForm({ caseId, onDone, onCancel }: Props) {
  const { t } = useI18n()
  const { error, run } = useSend(
    (values: z.output<typeof fastTrackMarkInput>) => call('fastTrack/mark', values),
    onDone
  )
  const { register, handleSubmit, formState } = useForm<
    z.input<typeof fastTrackMarkInput>,
    unknown,
    z.output<typeof fastTrackMarkInput>
  >({ resolver, defaultValues: { caseId, reason: '' } })
  const title = t('flexible.card.mark')
  return (
    <form className="card inline-form" aria-label={title} onSubmit={handleSubmit(run)} noValidate>
      <Field
        label={t('flexible.card.markReason')}
        htmlFor="fast-track-reason"
        error={formState.errors.reason?.message}
      >
        <textarea id="fast-track-reason" rows={2} {...register('reason')} />
      </Field>
      <SmallFormEnd
        error={error}
        confirm={t('flexible.card.markConfirm')}
        busy={formState.isSubmitting}
        onCancel={onCancel}
      />
    </form>
  )
}
