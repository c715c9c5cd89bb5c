import { zodResolver } from '@hookform/resolvers/zod'
import { OfficerOptions } from './OfficerOptions'
import { useEffect, useState } from 'react'
import { useFieldArray, useForm, type FieldPath } from 'react-hook-form'
import { CASE_SOURCES } from '../../../../core/cases/vocabulary'
import { caseCreateInput, type CaseFields } from '../../../../shared/schemas/cases'
import type { CaseDetail } from '../../../../shared/views'
import { useSession } from '../../app/session'
import { ErrorBanner } from '../../components/ErrorBanner'
import { Field } from '../../components/Field'
import { ApiError, call } from '../../lib/api'
import { navigate } from '../../lib/router'
import { useI18n } from '../../i18n/i18n'
import { blankParty, newCaseValues, valuesFromCase, type CaseFormValues } from './case-form-values'
import { PartyFields } from './PartyFields'
import { useOfficers } from './use-officers'

/** Create a case, or edit one (with its revision, so a concurrent edit is refused rather than lost). */
export function CaseFormPage({ id }: { id?: string }) {
  const [existing, setExisting] = useState<CaseDetail | null>(null)
  const [loadError, setLoadError] = useState<unknown>(null)
  useEffect(() => {
    if (id) call('cases/get', { id }).then(setExisting, setLoadError)
  }, [id])
  if (loadError) return <ErrorBanner error={loadError} />
  if (id && !existing) return null
  return <CaseForm existing={existing} />
}

function CaseForm({ existing }: { existing: CaseDetail | null }) {
  const { t, tm } = useI18n()
  const session = useSession()
  const officers = useOfficers()
  const [error, setError] = useState<unknown>(null)
  const isOfficer = session.user.roles.includes('officer')
  const {
    register,
    control,
    handleSubmit,
    formState,
    watch,
    getValues,
    setError: setFieldError
  } = useForm<CaseFormValues, unknown, CaseFields>({
    resolver: zodResolver(caseCreateInput),
    defaultValues: existing
      ? valuesFromCase(existing)
      : newCaseValues(isOfficer ? session.user.id : null, new Date())
  })
  const parties = useFieldArray({ control, name: 'parties' })
  const e = formState.errors

  const submit = handleSubmit(async (values) => {
    setError(null)
    try {
      const saved = existing
        ? await call('cases/update', { ...values, id: existing.id, rev: existing.rev })
        : await call('cases/create', values)
      navigate({ name: 'caseDetail', id: saved.id })
    } catch (err) {
      setError(err)
      // The server names the field a refusal is about (e.g. the act date outside the limitation).
      if (err instanceof ApiError) {
        for (const issue of err.issues) {
          setFieldError(issue.path as FieldPath<CaseFormValues>, { message: issue.message })
        }
      }
    }
  })

  const officerOptions = <OfficerOptions officers={officers} emptyLabel={t('case.chooseOfficer')} />

  return (
    <form
      className="case-form"
      onSubmit={submit}
      noValidate
      aria-label={existing ? t('case.editTitle', { number: existing.caseNumber }) : t('case.new')}
    >
      <h1>{existing ? t('case.editTitle', { number: existing.caseNumber }) : t('case.new')}</h1>
      <ErrorBanner error={error} />
      <div className="grid">
        <Field label={t('case.cause')} htmlFor="cause" error={e.cause?.message}>
          <input id="cause" {...register('cause')} />
        </Field>
        <Field label={t('case.source')} htmlFor="source" error={e.source?.message}>
          <select id="source" {...register('source')}>
            {CASE_SOURCES.map((s) => (
              <option key={s} value={s}>
                {t(`source.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label={t('case.discoveredOn')}
          htmlFor="discoveredOn"
          error={e.discoveredOn?.message}
        >
          <input id="discoveredOn" type="date" {...register('discoveredOn')} />
        </Field>
        <Field
          label={t('case.filedOn')}
          htmlFor="filedOn"
          error={e.filedOn?.message}
          hint={t('case.filedOnHint')}
        >
          <input
            id="filedOn"
            type="date"
            {...register('filedOn', { setValueAs: (v: string | null) => (v ? v : null) })}
          />
        </Field>
        <Field
          label={t('case.violationOn')}
          htmlFor="violationOn"
          error={e.violationOn?.message}
          hint={t('case.violationOnHint')}
        >
          <input
            id="violationOn"
            type="date"
            {...register('violationOn', { setValueAs: (v: string | null) => (v ? v : null) })}
          />
        </Field>
        <Field
          label={t('case.officer1')}
          htmlFor="officer1"
          error={e.officerIds?.message ?? e.officerIds?.[0]?.message}
        >
          <select id="officer1" {...register('officerIds.0')}>
            {officerOptions}
          </select>
        </Field>
        <Field label={t('case.officer2')} htmlFor="officer2" error={e.officerIds?.[1]?.message}>
          <select id="officer2" {...register('officerIds.1')}>
            {officerOptions}
          </select>
        </Field>
      </div>
      <label className="check">
        <input id="extendedLimitation" type="checkbox" {...register('extendedLimitation')} />{' '}
        {t('case.extendedLimitation')}
      </label>
      <Field label={t('case.facts')} htmlFor="facts" error={e.facts?.message}>
        <textarea id="facts" rows={5} {...register('facts')} />
      </Field>
      <h2>{t('case.parties')}</h2>
      {e.parties?.message ? <div className="field-error">{tm(e.parties.message)}</div> : null}
      {parties.fields.map((field, index) => (
        <PartyFields
          key={field.id}
          index={index}
          kind={watch(`parties.${index}.kind`)}
          register={register}
          errors={e}
          onKindChange={(kind) =>
            parties.update(index, blankParty(kind, getValues(`parties.${index}.name`)))
          }
          onRemove={parties.fields.length > 1 ? () => parties.remove(index) : null}
        />
      ))}
      <button
        type="button"
        className="secondary"
        onClick={() => parties.append(blankParty('person'))}
      >
        {t('case.addParty')}
      </button>
      <div className="actions">
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t('common.saving') : t('common.save')}
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() =>
            navigate(existing ? { name: 'caseDetail', id: existing.id } : { name: 'caseList' })
          }
        >
          {t('common.cancel')}
        </button>
      </div>
    </form>
  )
}
