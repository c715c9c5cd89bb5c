import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useState } from 'react'
import { Controller, useForm } from 'react-hook-form'
import type { z } from 'zod'
import type { PublicServiceView } from '../../../../shared/flexible-views'
import type { EvidenceView } from '../../../../shared/lifecycle-views'
import { publicServiceVerifyInput } from '../../../../shared/schemas/flexible'
import { ErrorBanner } from '../../components/ErrorBanner'
import { Field } from '../../components/Field'
import { call } from '../../lib/api'
import { keyedIssues, today } from '../../lib/form'
import { useI18n } from '../../i18n/i18n'
import { SmallFormEnd, useSend } from '../lifecycle/small-form'
import { QuantityInput } from './QuantityInput'

type Values = z.input<typeof publicServiceVerifyInput>
type Output = z.output<typeof publicServiceVerifyInput>
const resolver = zodResolver(publicServiceVerifyInput, keyedIssues)

type Props = { application: PublicServiceView; onDone: () => void; onCancel: () => void }

/** The officer verifies the completed service against evidence already in the case file. */
export function VerifyForm({ application: a, onDone, onCancel }: Props) {
  const { t } = useI18n()
  const [evidence, setEvidence] = useState<EvidenceView[] | null>(null)
  const [loadError, setLoadError] = useState<unknown>(null)
  useEffect(() => {
    // Loaded when the form opens, so evidence just added on the same page is offered.
    call('evidence/list', { caseId: a.caseId }).then(
      (items) => setEvidence(items.filter((ev) => !ev.withdrawn)),
      setLoadError
    )
  }, [a.caseId])
  const { error, run } = useSend((v: Output) => call('publicService/verify', v), onDone)
  const { register, control, handleSubmit, formState } = useForm<Values, unknown, Output>({
    resolver,
    defaultValues: {
      applicationId: a.applicationId,
      quantityTenths: a.appliedTenths,
      on: today(),
      evidenceId: '',
      note: ''
    }
  })
  const e = formState.errors
  const unit = t(`publicService.measure.${a.measure}`)
  const title = t('publicService.verifyTitle', { service: a.serviceName })
  return (
    <form
      className="card"
      aria-label={title}
      data-testid="ps-verify-form"
      onSubmit={handleSubmit(run)}
      noValidate
    >
      <h3>{title}</h3>
      <ErrorBanner error={loadError} />
      <div className="grid">
        <Field
          label={t('publicService.verifiedQuantity', { unit })}
          htmlFor="ps-verify-quantity"
          error={e.quantityTenths?.message}
        >
          <Controller
            control={control}
            name="quantityTenths"
            render={({ field }) => (
              <QuantityInput
                id="ps-verify-quantity"
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
              />
            )}
          />
        </Field>
        <Field label={t('publicService.verifiedOn')} htmlFor="ps-verify-on" error={e.on?.message}>
          <input id="ps-verify-on" type="date" {...register('on')} />
        </Field>
        <Field
          label={t('publicService.evidence')}
          htmlFor="ps-verify-evidence"
          error={e.evidenceId?.message}
        >
          <select
            id="ps-verify-evidence"
            // None chosen reads as missing (请选择), not as a malformed id.
            {...register('evidenceId', { setValueAs: (v: string) => v || undefined })}
          >
            <option value="">{t('publicService.chooseEvidence')}</option>
            {(evidence ?? []).map((ev) => (
              <option key={ev.id} value={ev.id}>
                {ev.title}（{ev.collectedOn}）
              </option>
            ))}
          </select>
        </Field>
      </div>
      {evidence && evidence.length === 0 ? (
        <p className="muted">{t('publicService.noEvidence')}</p>
      ) : null}
      <Field label={t('publicService.verifyNote')} htmlFor="ps-verify-note" error={e.note?.message}>
        <input id="ps-verify-note" {...register('note')} />
      </Field>
      <SmallFormEnd
        error={error}
        confirm={t('publicService.submitVerify')}
        busy={formState.isSubmitting}
        onCancel={onCancel}
      />
    </form>
  )
}
