import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import { z } from 'zod'
import { usccField } from '../../../../shared/schemas/party'
import { Field } from '../../components/Field'
import { keyedIssues } from '../../lib/form'
import { navigate } from '../../lib/router'
import { useI18n } from '../../i18n/i18n'

// The code is checked here (GB 32100 check character) so a typo is caught before an empty page.
const searchInput = z.strictObject({ uscc: usccField })
const resolver = zodResolver(searchInput, keyedIssues)

/** Opens an enterprise's page (ledger, clues, inspections) by its 统一社会信用代码. */
export function UsccSearch() {
  const { t } = useI18n()
  const { register, handleSubmit, formState } = useForm<
    z.input<typeof searchInput>,
    unknown,
    z.output<typeof searchInput>
  >({ resolver, defaultValues: { uscc: '' } })
  const submit = handleSubmit(({ uscc }) => navigate({ name: 'enterprise', uscc }))
  return (
    <form className="filters" aria-label={t('losses.search')} onSubmit={submit} noValidate>
      <Field
        label={t('losses.search')}
        htmlFor="search-uscc"
        error={formState.errors.uscc?.message}
      >
        <input id="search-uscc" {...register('uscc')} />
      </Field>
      <button type="submit" className="primary">
        {t('common.search')}
      </button>
    </form>
  )
}
