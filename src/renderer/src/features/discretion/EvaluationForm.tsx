import { useEffect, useState } from 'react'
import { useForm, type UseFormRegister } from 'react-hook-form'
import { shanghaiDate } from '../../../../core/text/calendar-date'
import {
  AGGRAVATING_GROUNDS,
  AGGRAVATING_LABEL_ZH,
  MITIGATING_GROUNDS,
  MITIGATING_LABEL_ZH
} from '../../../../core/discretion/vocabulary'
import type { CaseDetail, CaseEvaluationView, CatalogueItemView } from '../../../../shared/views'
import { ErrorBanner } from '../../components/ErrorBanner'
import { call } from '../../lib/api'
import { useI18n } from '../../i18n/i18n'
import type { MessageKey } from '../../i18n/zh'
import { initialFactsValues, toFacts, type FactsFormValues } from './facts-form'
import { ProposalView } from './ProposalView'
import { usePreview } from './use-preview'

type Props = { detail: CaseDetail; onSaved: (e: CaseEvaluationView) => void; onCancel: () => void }

function Check({
  register,
  name,
  label
}: {
  register: UseFormRegister<FactsFormValues>
  name: keyof FactsFormValues
  label: MessageKey
}) {
  const { t } = useI18n()
  return (
    <label className="check">
      <input type="checkbox" {...register(name)} /> {t(label)}
    </label>
  )
}

/** The officer enters the facts; the proposal updates live; accepting freezes it on the case. */
export function EvaluationForm({ detail, onSaved, onCancel }: Props) {
  const { t } = useI18n()
  const [items, setItems] = useState<CatalogueItemView[]>([])
  const [query, setQuery] = useState('')
  const [error, setError] = useState<unknown>(null)
  const { register, watch, handleSubmit, formState } = useForm<FactsFormValues>({
    defaultValues: initialFactsValues(detail, shanghaiDate(new Date()))
  })
  useEffect(() => {
    call('discretion/items', query.trim() ? { query: query.trim() } : {}).then(setItems, setError)
  }, [query])
  const values = watch()
  const facts = values.itemCode ? toFacts(values) : null
  const { preview, error: previewError } = usePreview(detail.id, facts, JSON.stringify(facts))
  const result = preview?.result
  const mayDecline =
    result?.ok === true && result.requiresConfirmation && result.alternative !== null

  const save = (choice: 'accept' | 'declineExemption') =>
    handleSubmit(async (v) => {
      setError(null)
      try {
        const reason = v.deviationReason.trim()
        onSaved(
          await call('discretion/apply', {
            caseId: detail.id,
            rev: detail.rev,
            facts: toFacts(v),
            choice,
            ...(reason ? { deviationReason: reason } : {})
          })
        )
      } catch (e) {
        setError(e)
      }
    })

  const kinds = [...new Set(detail.parties.map((p) => p.kind))]
  return (
    <form
      className="evaluation"
      aria-label={t('discretion.title')}
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="evaluation-grid">
        <div>
          <div className="field">
            <label htmlFor="itemSearch">{t('discretion.itemSearch')}</label>
            <input id="itemSearch" value={query} onChange={(e) => setQuery(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="itemCode">{t('discretion.item')}</label>
            <select id="itemCode" {...register('itemCode')}>
              <option value="">{t('discretion.chooseItem')}</option>
              {items.map((i) => (
                <option key={i.code} value={i.code}>
                  {i.code} {i.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="partyKind">{t('discretion.partyKind')}</label>
            <select id="partyKind" {...register('partyKind')}>
              {kinds.map((k) => (
                <option key={k} value={k}>
                  {t(`party.kind.${k}`)}
                </option>
              ))}
            </select>
          </div>
          {values.partyKind === 'person' ? (
            <div className="field">
              <label htmlFor="age">{t('discretion.age')}</label>
              <input id="age" inputMode="numeric" {...register('age')} />
            </div>
          ) : null}
          <fieldset>
            <legend>{t('discretion.dates')}</legend>
            {(['violation', 'continuingUntil', 'discovery', 'decision'] as const).map((name) => (
              <div className="field" key={name}>
                <label htmlFor={name}>{t(`discretion.${name}`)}</label>
                <input id={name} type="date" {...register(name)} />
              </div>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor="harm">{t('discretion.harm')}</label>
            <select id="harm" {...register('harm')}>
              {(['none', 'slight', 'serious'] as const).map((h) => (
                <option key={h} value={h}>
                  {t(`discretion.harm.${h}`)}
                </option>
              ))}
            </select>
          </div>
          <fieldset>
            <legend>{t('discretion.correction')}</legend>
            <Check register={register} name="minorViolation" label="discretion.minorViolation" />
            <Check register={register} name="corrected" label="discretion.corrected" />
            <Check register={register} name="prompt" label="discretion.prompt" />
            <Check
              register={register}
              name="refusedAfterOrder"
              label="discretion.refusedAfterOrder"
            />
            <div className="field">
              <label htmlFor="correctionDate">{t('discretion.correctionDate')}</label>
              <input id="correctionDate" type="date" {...register('correctionDate')} />
            </div>
            <div className="field">
              <label htmlFor="correctionHow">{t('discretion.correctionHow')}</label>
              <input id="correctionHow" {...register('correctionHow')} />
            </div>
          </fieldset>
          <fieldset>
            <legend>{t('discretion.bases')}</legend>
            {(['goodsValue', 'illegalGains', 'adFee', 'units'] as const).map((name) => (
              <div className="field" key={name}>
                <label htmlFor={name}>{t(`discretion.${name}`)}</label>
                <input id={name} inputMode="decimal" {...register(name)} />
              </div>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('discretion.circumstances')}</legend>
            <Check register={register} name="noFaultEvidence" label="discretion.noFaultEvidence" />
            <Check
              register={register}
              name="seriousCircumstances"
              label="discretion.seriousCircumstances"
            />
            <Check
              register={register}
              name="lifeHealthFinancialSafety"
              label="discretion.lifeHealth"
            />
            <Check register={register} name="publicEmergency" label="discretion.publicEmergency" />
            <Check
              register={register}
              name="proposeMitigation"
              label="discretion.proposeMitigation"
            />
          </fieldset>
          <fieldset>
            <legend>{t('discretion.mitigating')}</legend>
            {MITIGATING_GROUNDS.map((g) => (
              <label className="check" key={g}>
                <input type="checkbox" value={g} {...register('mitigating')} />{' '}
                {MITIGATING_LABEL_ZH[g]}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('discretion.aggravating')}</legend>
            {AGGRAVATING_GROUNDS.map((g) => (
              <label className="check" key={g}>
                <input type="checkbox" value={g} {...register('aggravating')} />{' '}
                {AGGRAVATING_LABEL_ZH[g]}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('discretion.review')}</legend>
            <Check
              register={register}
              name="majorPublicInterest"
              label="discretion.majorPublicInterest"
            />
            <Check
              register={register}
              name="difficultOrMultipleRelations"
              label="discretion.difficult"
            />
            <Check register={register} name="complexOrMajor" label="discretion.complexOrMajor" />
          </fieldset>
          <div className="field">
            <label htmlFor="intendedFine">{t('discretion.intendedFine')}</label>
            <input id="intendedFine" inputMode="decimal" {...register('intendedFine')} />
          </div>
          <div className="field">
            <label htmlFor="deviationReason">{t('discretion.deviationReason')}</label>
            <textarea id="deviationReason" rows={3} {...register('deviationReason')} />
          </div>
        </div>
        <div>
          <h2>{t('discretion.preview')}</h2>
          <ErrorBanner error={previewError} />
          {preview ? (
            <>
              <p className="muted" data-testid="prior-count">
                {t('discretion.prior', {
                  n: preview.priorViolations,
                  months: preview.lookBackMonths
                })}
              </p>
              <ProposalView result={preview.result} />
            </>
          ) : (
            <p className="muted">{t('discretion.previewEmpty')}</p>
          )}
        </div>
      </div>
      <ErrorBanner error={error} />
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={!result?.ok || formState.isSubmitting}
          onClick={save('accept')}
        >
          {t('discretion.accept')}
        </button>
        {mayDecline ? (
          <button
            type="button"
            className="secondary"
            disabled={formState.isSubmitting}
            onClick={save('declineExemption')}
          >
            {t('discretion.decline')}
          </button>
        ) : null}
        <button type="button" className="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  )
}
