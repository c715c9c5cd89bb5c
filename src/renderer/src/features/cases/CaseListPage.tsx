import { useState } from 'react'
import { OfficerOptions } from './OfficerOptions'
import { useForm } from 'react-hook-form'
import { CASE_STATUSES, type CaseStatus } from '../../../../core/cases/vocabulary'
import { useI18n } from '../../i18n/i18n'
import { useOfficers } from './use-officers'
import { ExportProgress } from '../../components/ExportProgress'
import { useExportJob } from '../../lib/use-export-job'
import type { CaseFilters } from './use-case-windows'
import { VirtualCaseTable } from './VirtualCaseTable'

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
function toFilters(values: FilterValues): CaseFilters {
  const filters: CaseFilters = {}
  if (values.status) filters.status = values.status
  if (values.from) filters.from = values.from
  if (values.to) filters.to = values.to
  if (values.officerId) filters.officerId = values.officerId
  if (values.party.trim()) filters.party = values.party.trim()
  if (values.text.trim()) filters.text = values.text.trim()
  return filters
}

/**
 * The case register: filters, the virtualized table of the cases they select (VirtualCaseTable,
 * which fetches keyset windows as the user scrolls), and exports of every selected case with their
 * progress (the export runs on the server, off the UI thread).
 */
export function CaseListPage() {
  const { t } = useI18n()
  const officers = useOfficers()
  const { register, handleSubmit, reset } = useForm<FilterValues>({ defaultValues: EMPTY })
  // A new object on every search, even with the same values: searching again reloads the list.
  const [filters, setFilters] = useState<CaseFilters>({})
  const exporting = useExportJob()
  // The file holds every case the filters select, not only the rows loaded so far.
  const exportRegister = (format: 'xlsx' | 'csv') => {
    void exporting.run({ kind: 'register', ...filters, format })
  }

  return (
    <section>
      <h1>{t('nav.cases')}</h1>
      <form
        className="filters"
        role="search"
        onSubmit={handleSubmit((values) => setFilters(toFilters(values)))}
        onReset={() => {
          reset(EMPTY)
          setFilters({})
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
      <VirtualCaseTable filters={filters} />
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
