import { useEffect, useState } from 'react'
import {
  DRILL_COLUMNS,
  DRILL_COLUMN_ZH,
  type DrillColumn
} from '../../../../core/statistics/drill-columns'
import type { CaseMetric } from '../../../../core/statistics/metrics'
import type { ColumnSetView } from '../../../../shared/statistics-views'
import { ErrorBanner } from '../../components/ErrorBanner'
import { useI18n } from '../../i18n/i18n'
import { call } from '../../lib/api'
import { ExportProgress } from '../../components/ExportProgress'
import type { StatsQuery } from './query'
import { useExportJob } from '../../lib/use-export-job'

type Props = { query: StatsQuery; metric: CaseMetric }

/** The list behind a figure as Excel or CSV, with the columns chosen here or from a saved set. */
export function CasesExport({ query, metric }: Props) {
  const { t } = useI18n()
  const { job, error, busy, run } = useExportJob()
  const [columns, setColumns] = useState<DrillColumn[]>([...DRILL_COLUMNS])
  const [sets, setSets] = useState<ColumnSetView[]>([])
  const [name, setName] = useState('')
  const [setsError, setSetsError] = useState<unknown>(null)
  useEffect(() => {
    call('exports/column-sets', { list: 'cases' }).then(setSets, setSetsError)
  }, [])
  const toggle = (c: DrillColumn) =>
    setColumns((cs) =>
      cs.includes(c)
        ? cs.filter((x) => x !== c)
        : DRILL_COLUMNS.filter((x) => x === c || cs.includes(x))
    )
  const save = () =>
    call('exports/save-column-set', { list: 'cases', name, columns }).then(
      (saved) => setSets((s) => [...s.filter((x) => x.name !== saved.name), saved]),
      setSetsError
    )
  const start = (format: 'xlsx' | 'csv') =>
    void run({ kind: 'cases', ...query, metric, format, columns })
  return (
    <div className="export-columns">
      <fieldset>
        <legend>{t('stats.export.columns')}</legend>
        {DRILL_COLUMNS.map((c) => (
          <label key={c} className="check">
            <input type="checkbox" checked={columns.includes(c)} onChange={() => toggle(c)} />
            {DRILL_COLUMN_ZH[c]}
          </label>
        ))}
      </fieldset>
      {sets.length > 0 ? (
        <label>
          {t('stats.export.useSet')}{' '}
          <select
            defaultValue=""
            onChange={(e) => {
              const found = sets.find((s) => s.id === e.target.value)
              if (found) setColumns(found.columns)
            }}
          >
            <option value="" />
            {sets.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <div className="action-buttons">
        <input
          aria-label={t('stats.export.setName')}
          placeholder={t('stats.export.setName')}
          value={name}
          maxLength={40}
          onChange={(e) => setName(e.target.value)}
        />
        <button
          type="button"
          className="secondary"
          disabled={!name.trim() || columns.length === 0}
          onClick={() => void save()}
        >
          {t('stats.export.saveSet')}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={busy || columns.length === 0}
          onClick={() => start('xlsx')}
        >
          {t('stats.export.casesXlsx')}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={busy || columns.length === 0}
          onClick={() => start('csv')}
        >
          {t('stats.export.casesCsv')}
        </button>
      </div>
      <ExportProgress job={job} error={error} />
      <ErrorBanner error={setsError} />
    </div>
  )
}
