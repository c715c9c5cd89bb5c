import { useCallback, useEffect, useState } from 'react'
import { OfficerOptions } from './OfficerOptions'
import { useForm } from 'react-hook-form'
import { CASE_STATUSES, type CaseStatus } from '../../../../core/cases/vocabulary'
import type { CaseListInput } from '../../../../shared/schemas/cases'
import type { CaseSummary } from '../../../../shared/views'
import { ErrorBanner } from '../../components/ErrorBanner'
import { call } from '../../lib/api'
import { href } from '../../lib/router'
import { useI18n } from '../../i18n/i18n'
import { useOfficers } from './use-officers'
import { ExportProgress } from '../../components/ExportProgress'
import { useExportJob } from '../../lib/use-export-job'

type FilterValues = {
  status: CaseStatus | ''
  from: string
  to: string
  officerId: string
  party: string
  text: string
}

const EMPTY: FilterValues = { status: '', from: '', to: '', officerId: '', party: '', text: '' }

/** Only the filters that are set; empty form fields mean "any". */
function toQuery(values: FilterValues): CaseListInput {
  const query: CaseListInput = { limit: 50 }
  if (values.status) query.status = values.status
  if (values.from) query.from = values.from
  if (values.to) query.to = values.to
  if (values.officerId) query.officerId = values.officerId
  if (values.party.trim()) query.party = values.party.trim()
  if (values.text.trim()) query.text = values.text.trim()
  return query
}

export function CaseListPage() {
  const { t } = useI18n()
  const officers = useOfficers()
  const { register, handleSubmit, reset } = useForm<FilterValues>({ defaultValues: EMPTY })
  const [query, setQuery] = useState<CaseListInput>({ limit: 50 })
  const [rows, setRows] = useState<CaseSummary[]>([])
  const [cursor, setCursor] = useState<string | null>(null)
  const [error, setError] = useState<unknown>(null)
  const exporting = useExportJob()
  // The file holds every case the filters select, not only the pages loaded so far.
  const exportRegister = (format: 'xlsx' | 'csv') => {
    const { limit: _limit, cursor: _cursor, ...filters } = query
    void exporting.run({ kind: 'register', ...filters, format })
  }

  const load = useCallback((q: CaseListInput, after: string | null) => {
    setError(null)
    call('cases/list', after ? { ...q, cursor: after } : q).then((page) => {
      setRows((prev) => (after ? [...prev, ...page.items] : page.items))
      setCursor(page.nextCursor)
    }, setError)
  }, [])

  useEffect(() => load(query, null), [load, query])

  return (
    <section>
      <h1>{t('nav.cases')}</h1>
      <form
        className="filters"
        role="search"
        onSubmit={handleSubmit((values) => setQuery(toQuery(values)))}
        onReset={() => {
          reset(EMPTY)
          setQuery({ limit: 50 })
        }}
      >
        <label>
          {t('filter.status')}
          <select {...register('status')}>
            <option value="">{t('common.all')}</option>
            {CASE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filter.from')}
          <input type="date" {...register('from')} />
        </label>
        <label>
          {t('filter.to')}
          <input type="date" {...register('to')} />
        </label>
        <label>
          {t('filter.officer')}
          <select {...register('officerId')}>
            <OfficerOptions officers={officers} emptyLabel={t('common.all')} />
          </select>
        </label>
        <label>
          {t('filter.party')}
          <input {...register('party')} />
        </label>
        <label>
          {t('filter.text')}
          <input {...register('text')} />
        </label>
        <button type="submit" className="primary">
          {t('common.search')}
        </button>
        <button type="reset" className="secondary">
          {t('common.reset')}
        </button>
      </form>
      <ErrorBanner error={error} />
      <table className="list" data-testid="case-table">
        <thead>
          <tr>
            <th>{t('case.caseNumber')}</th>
            <th>{t('case.cause')}</th>
            <th>{t('case.parties')}</th>
            <th>{t('case.status')}</th>
            <th>{t('case.filedOn')}</th>
            <th>{t('case.officers')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.id}>
              <td>
                <a href={href({ name: 'caseDetail', id: c.id })}>{c.caseNumber}</a>
              </td>
              <td>{c.cause}</td>
              <td>{c.partyNames.join('、')}</td>
              <td>{t(`status.${c.status}`)}</td>
              <td>{c.filedOn ?? '—'}</td>
              <td>{c.officers.map((o) => o.displayName).join('、')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && !error ? <p className="muted">{t('common.noResults')}</p> : null}
      {cursor ? (
        <button type="button" className="secondary" onClick={() => load(query, cursor)}>
          {t('common.loadMore')}
        </button>
      ) : null}
      <div className="action-buttons">
        <button
          type="button"
          className="secondary"
          disabled={exporting.busy}
          onClick={() => exportRegister('xlsx')}
        >
          {t('cases.exportXlsx')}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={exporting.busy}
          onClick={() => exportRegister('csv')}
        >
          {t('cases.exportCsv')}
        </button>
      </div>
      <ExportProgress job={exporting.job} error={exporting.error} />
    </section>
  )
}
