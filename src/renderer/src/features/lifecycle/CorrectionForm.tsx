import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import type { DocumentView } from '../../../../shared/lifecycle-views'
import { documentIssueInput } from '../../../../shared/schemas/lifecycle'
import { requiredText, uuid } from '../../../../shared/schemas/primitives'
import { Field } from '../../components/Field'
import { call } from '../../lib/api'
import { keyedIssues } from '../../lib/form'
import { useI18n } from '../../i18n/i18n'
import { SmallFormEnd, useSend } from './small-form'

/** A corrected version keeps the number, raises the version, and must say what was corrected. */
const correctionInput = documentIssueInput.extend({
  correctionOf: uuid,
  correctionReason: requiredText(1000)
})
const resolver = zodResolver(correctionInput, keyedIssues)

type Props = { doc: DocumentView; onIssued: () => void; onCancel: () => void }

export function CorrectionForm({ doc, onIssued, onCancel }: Props) {
  const { t } = useI18n()
  const { error, run } = useSend(
    (values: z.output<typeof correctionInput>) => call('documents/issue', values),
    onIssued
  )
  const { register, handleSubmit, formState } = useForm<
    z.input<typeof correctionInput>,
    unknown,
    z.output<typeof correctionInput>
  >({
    resolver,
    defaultValues: {
      caseId: doc.caseId,
      docType: doc.docType,
      correctionOf: doc.id,
      correctionReason: ''
    }
  })
  const submit = handleSubmit(run)
  const title = t('documents.correctTitle', { title: doc.title })
  return (
    <form className="card" aria-label={title} onSubmit={submit} noValidate>
      <h3>{title}</h3>
      <Field
        label={t('documents.correctionReason')}
        htmlFor="doc-correctionReason"
        error={formState.errors.correctionReason?.message}
      >
        <textarea id="doc-correctionReason" rows={3} {...register('correctionReason')} />
      </Field>
      <SmallFormEnd
        error={error}
        confirm={t('documents.correctConfirm')}
        busy={formState.isSubmitting}
        onCancel={onCancel}
      />
    </form>
  )
}
