import { useCallback, useState } from 'react'
import { useSession } from '../../app/session'
import { ErrorBanner } from '../../components/ErrorBanner'
import { call } from '../../lib/api'
import { navigate } from '../../lib/router'
import { useI18n } from '../../i18n/i18n'
import { ClueCountsView } from './ClueCountsView'
import { clueCounts } from '../../../../core/enterprise/clues'
import { today } from '../../lib/form'
import { ClueRegisterForm } from './ClueRegisterForm'
import { ClueTable } from './ClueTable'
import { EnterpriseNav } from './EnterpriseNav'
import { mayWriteClues } from './may-write'
import { useLoad } from './use-load'

const FILTERS = ['all', 'open', 'overdue', 'handled'] as const
type Filter = (typeof FILTERS)[number]

/**
 * 涉企问题线索: counts of received, handled, open and overdue clues, the filtered register, and the
 * register form. A new clue opens on its own page, where it is transferred and handled.
 */
export function CluesPage() {
  const { t } = useI18n()
  const { user } = useSession()
  const [filter, setFilter] = useState<Filter>('all')
  // The counts always cover every clue; the table follows the filter, which the server applies.
  const all = useLoad(useCallback(() => call('clues/list', { status: 'all' }), []))
  const shown = useLoad(useCallback(() => call('clues/list', { status: filter }), [filter]))
  return (
    <section>
      <EnterpriseNav current="clues" />
      <h1>{t('clues.title')}</h1>
      <p className="muted">{t('clues.intro')}</p>
      <ErrorBanner error={all.error ?? shown.error} />
      {all.data ? <ClueCountsView counts={clueCounts(all.data, today())} /> : null}
      <label className="inline-filter">
        {t('clues.filter')}
        <select
          value={filter}
          onChange={(e) => setFilter(e.target.value as Filter)}
          data-testid="clue-filter"
        >
          {FILTERS.map((f) => (
            <option key={f} value={f}>
              {t(`clues.filter.${f}`)}
            </option>
          ))}
        </select>
      </label>
      {shown.data ? <ClueTable clues={shown.data} /> : null}
      {mayWriteClues(user) ? (
        <ClueRegisterForm onRegistered={(c) => navigate({ name: 'clueDetail', id: c.id })} />
      ) : null}
    </section>
  )
}
