import type { UseFormReturn } from 'react-hook-form'
import { EDUCATION_FORMS } from '../../../../core/flexible/vocabulary'
import { Field } from '../../components/Field'
import { errorAt } from '../../lib/form'
import { useI18n } from '../../i18n/i18n'
import type { ActionDraft, ActionOutput } from './action-draft'

type Props = { form: UseFormReturn<ActionDraft, unknown, ActionOutput> }

/** The education a no-penalty decision carries (APL Art. 33 ¶3): its forms, what was said, when,
 * and the date to follow up (回访). */
export function EducationEditor({ form }: Props) {
  const { t, tm } = useI18n()
  const { register, formState } = form
  const formsError = errorAt(formState.errors, 'education.forms')
  const problem = errorAt(formState.errors, 'education')
  return (
    <fieldset className="education" data-testid="education-editor">
      <legend>{t('lifecycle.education')}</legend>
      <p className="muted">{t('lifecycle.education.hint')}</p>
      <div className="checks" role="group" aria-label={t('lifecycle.education.forms')}>
        {EDUCATION_FORMS.map((f) => (
          <label className="check" key={f}>
            <input type="checkbox" value={f} {...register('education.forms')} />{' '}
            {t(`flexible.form.${f}`)}
          </label>
        ))}
      </div>
      {formsError ? <div className="field-error">{tm(formsError)}</div> : null}
      <Field
        label={t('lifecycle.education.content')}
        htmlFor="act-education-content"
        error={errorAt(formState.errors, 'education.content')}
      >
        <textarea id="act-education-content" rows={3} {...register('education.content')} />
      </Field>
      <Field
        label={t('lifecycle.education.educatedOn')}
        htmlFor="act-education-on"
        error={errorAt(formState.errors, 'education.educatedOn')}
      >
        <input id="act-education-on" type="date" {...register('education.educatedOn')} />
      </Field>
      <Field
        label={t('lifecycle.education.followUpOn')}
        htmlFor="act-education-follow-up"
        error={errorAt(formState.errors, 'education.followUpOn')}
      >
        <input id="act-education-follow-up" type="date" {...register('education.followUpOn')} />
      </Field>
      {problem ? (
        <div className="field-error" role="alert">
          {tm(problem)}
        </div>
      ) : null}
    </fieldset>
  )
}
