import { Controller, useWatch, type UseFormReturn } from 'react-hook-form'
import { PENALTY_TYPES, type PenaltyType } from '../../../../core/lifecycle/penalty'
import { SANCTION_LABEL_ZH } from '../../../../core/discretion/vocabulary'
import { Field } from '../../components/Field'
import { errorAt } from '../../lib/form'
import { useI18n } from '../../i18n/i18n'
import type { ActionDraft, ActionOutput } from './action-draft'
import { YuanInput } from './YuanInput'

type Props = { form: UseFormReturn<ActionDraft, unknown, ActionOutput> }

/** The penalty of a notice or decision: its types (APL Art. 9), the fine and the confiscation in yuan. */
export function PenaltyEditor({ form }: Props) {
  const { t, tm } = useI18n()
  const { control, register, formState } = form
  const picked = useWatch({ control, name: 'penalty.types' }) as PenaltyType[] | undefined
  const types = Array.isArray(picked) ? picked : []
  const confiscates = types.includes('confiscateGains') || types.includes('confiscateProperty')
  const problem = errorAt(formState.errors, 'penalty')
  const typesError = errorAt(formState.errors, 'penalty.types')
  return (
    <fieldset className="penalty" data-testid="penalty-editor">
      <legend>{t('lifecycle.penalty')}</legend>
      <div className="checks" role="group" aria-label={t('lifecycle.penalty.types')}>
        {PENALTY_TYPES.map((p) => (
          <label className="check" key={p}>
            <input type="checkbox" value={p} {...register('penalty.types')} />{' '}
            {SANCTION_LABEL_ZH[p]}
          </label>
        ))}
      </div>
      {typesError ? <div className="field-error">{tm(typesError)}</div> : null}
      {types.includes('fine') ? (
        <Field
          label={t('lifecycle.penalty.fine')}
          htmlFor="act-fine"
          error={errorAt(formState.errors, 'penalty.fineFen')}
        >
          <Controller
            control={control}
            name="penalty.fineFen"
            render={({ field }) => (
              <YuanInput id="act-fine" value={field.value} onChange={field.onChange} />
            )}
          />
        </Field>
      ) : null}
      {confiscates ? (
        <Field
          label={t('lifecycle.penalty.confiscation')}
          htmlFor="act-confiscation"
          error={errorAt(formState.errors, 'penalty.confiscationFen')}
        >
          <Controller
            control={control}
            name="penalty.confiscationFen"
            render={({ field }) => (
              <YuanInput id="act-confiscation" value={field.value} onChange={field.onChange} />
            )}
          />
        </Field>
      ) : null}
      {problem ? (
        <div className="field-error" role="alert" data-testid="penalty-problem">
          {tm(problem)}
        </div>
      ) : null}
    </fieldset>
  )
}
