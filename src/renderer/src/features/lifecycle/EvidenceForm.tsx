import { zodResolver } from '@hookform/resolvers/zod'
import { useState, type ChangeEvent } from 'react'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import { EVIDENCE_KIND_ZH, EVIDENCE_KINDS } from '../../../../core/lifecycle/evidence'
import { MAX_EVIDENCE_BYTES, evidenceAddInput } from '../../../../shared/schemas/lifecycle'
import { useSession } from '../../app/session'
import { Field } from '../../components/Field'
import { call } from '../../lib/api'
import { keyedIssues, today } from '../../lib/form'
import { useI18n } from '../../i18n/i18n'
import { FormError } from './FormError'
import { mediaTypeOf, readAsBase64 } from './files'

type Values = z.input<typeof evidenceAddInput>
const resolver = zodResolver(evidenceAddInput, keyedIssues)

/** 添加证据: the file is read in the page and sent as base64; the server stores it with its hash. */
export function EvidenceForm({ caseId, onAdded }: { caseId: string; onAdded: () => void }) {
  const { t } = useI18n()
  const { user } = useSession()
  const [error, setError] = useState<unknown>(null)
  const [reading, setReading] = useState(false)
  const {
    register,
    handleSubmit,
    formState,
    setValue,
    getValues,
    setError: setFieldError
  } = useForm<Values, unknown, z.output<typeof evidenceAddInput>>({
    resolver,
    defaultValues: {
      caseId,
      kind: 'documentary',
      title: '',
      fileName: '',
      mediaType: 'application/octet-stream',
      contentBase64: '',
      collectedBy: user.displayName,
      collectedOn: today(),
      place: ''
    }
  })
  const e = formState.errors

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    setValue('contentBase64', '')
    if (!file) return
    if (file.size > MAX_EVIDENCE_BYTES) {
      setFieldError('contentBase64', { message: 'v.fileTooLarge' })
      return
    }
    setReading(true)
    try {
      setValue('contentBase64', await readAsBase64(file), { shouldValidate: true })
      setValue('fileName', file.name)
      setValue('mediaType', mediaTypeOf(file))
      if (!getValues('title').trim()) setValue('title', file.name.replace(/\.[^.]*$/, ''))
    } catch (err) {
      setError(err)
    } finally {
      setReading(false)
    }
  }

  const submit = handleSubmit(async (values) => {
    setError(null)
    try {
      await call('evidence/add', values)
      onAdded()
    } catch (err) {
      setError(err)
    }
  })

  const fileError = e.contentBase64?.message ?? e.fileName?.message ?? e.mediaType?.message
  return (
    <form className="card" aria-label={t('evidence.add')} onSubmit={submit} noValidate>
      <h3>{t('evidence.add')}</h3>
      <div className="grid">
        <Field label={t('evidence.file')} htmlFor="ev-file" error={fileError}>
          <input id="ev-file" type="file" onChange={(ev) => void choose(ev)} />
        </Field>
        <Field label={t('evidence.kind')} htmlFor="ev-kind" error={e.kind?.message}>
          <select id="ev-kind" {...register('kind')}>
            {EVIDENCE_KINDS.map((k) => (
              <option key={k} value={k}>
                {EVIDENCE_KIND_ZH[k]}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('evidence.name')} htmlFor="ev-title" error={e.title?.message}>
          <input id="ev-title" {...register('title')} />
        </Field>
        <Field
          label={t('evidence.collectedBy')}
          htmlFor="ev-collectedBy"
          error={e.collectedBy?.message}
        >
          <input id="ev-collectedBy" {...register('collectedBy')} />
        </Field>
        <Field
          label={t('evidence.collectedOn')}
          htmlFor="ev-collectedOn"
          error={e.collectedOn?.message}
        >
          <input id="ev-collectedOn" type="date" {...register('collectedOn')} />
        </Field>
        <Field label={t('evidence.place')} htmlFor="ev-place" error={e.place?.message}>
          <input id="ev-place" {...register('place')} />
        </Field>
      </div>
      {reading ? <p className="muted">{t('evidence.reading')}</p> : null}
      <FormError error={error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={reading || formState.isSubmitting}>
          {t('evidence.add')}
        </button>
      </div>
    </form>
  )
}
