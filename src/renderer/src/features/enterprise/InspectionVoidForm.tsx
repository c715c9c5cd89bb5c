import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import type { InspectionView } from '../../../../shared/enterprise-views'
import { inspectionVoidInput } from '../../../../shared/schemas/enterprise'
import { Field } from '../../components/Field'
import { call } from '../../lib/api'
import { keyedIssues } from '../../lib/form'
import { useI18n } from '../../i18n/i18n'
import { SmallFormEnd, useSend } from '../lifecycle/small-form'

const resolver = zodResolver(inspectionVoidInput, keyedIssues)

type Props = { inspection: InspectionView; onDone: () => void; onCancel: () => void }

/** A wrong inspection entry is voided with a reason, never deleted; it then leaves the counts. */
export function InspectionVoidForm({ inspection, onDone, onCancel }: Props) {
  const { t } = useI18n()
  const { error, run } = useSend(
    (values: z.output<typeof inspectionVoidInput>) => call('inspections/void', values),
    onDone
  )
  const { register, handleSubmit, formState } = useForm<
    z.input<typeof inspectionVoidInput>,
    unknown,
    z.output<typeof inspectionVoidInput>
  >({ resolver, defaultValues: { inspectionId: inspection.id, reason: '' } })
  const title = t('inspections.voidTitle', { on: inspection.on, name: inspection.enterpriseName })
  return (
    <form className="card" aria-label={title} onSubmit={handleSubmit(run)} noValidate>
      <h3>{title}</h3>
      <Field
        label={t('inspections.voidReason')}
        htmlFor="void-reason"
        error={formState.errors.reason?.message}
      >
        <textarea id="void-reason" rows={2} {...register('reason')} />
      </Field>
      <SmallFormEnd
        error={error}
        confirm={t('inspections.voidConfirm')}
        danger
        busy={formState.isSubmitting}
        onCancel={onCancel}
      />
    </form>
  )
}
