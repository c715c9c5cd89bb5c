import { useCallback, useState } from 'react'
import { useSession } from '../../app/session'
import { ErrorBanner } from '../../components/ErrorBanner'
import { call } from '../../lib/api'
import { today } from '../../lib/form'
import { useI18n } from '../../i18n/i18n'
import { EnterpriseNav } from './EnterpriseNav'
import { InspectionForm } from './InspectionForm'
import { InspectionStats } from './InspectionStats'
import { InspectionTable } from './InspectionTable'
import { mayWriteInspections } from './may-write'
import { useLoad } from './use-load'

/** The year picker offers this Beijing year and the five before it. */
const YEARS_SHOWN = 6

/** 入企检查: the year's statistics, the log of that year with repeats flagged, and recording. */
export function InspectionsPage() {
  const { t } = useI18n()
  const { user, unit } = useSession()
  const thisYear = Number(today().slice(0, 4))
  const [year, setYear] = useState(thisYear)
  const [formKey, setFormKey] = useState(0)
  const stats = useLoad(useCallback(() => call('inspections/stats', { year }), [year]))
  const list = useLoad(
    useCallback(
      () => call('inspections/list', { from: `${year}-01-01`, to: `${year}-12-31` }),
      [year]
    )
  )
  // A record or a void changes both the log and the counts.
  const reload = () => {
    stats.reload()
    list.reload()
  }
  return (
    <section>
      <EnterpriseNav current="inspections" />
      <h1>{t('inspections.title')}</h1>
      <p className="muted">{t('inspections.intro')}</p>
      <label className="inline-filter">
        {t('inspections.year')}
        <select value={year} onChange={(e) => setYear(Number(e.target.value))}>
          {Array.from({ length: YEARS_SHOWN }, (_, i) => thisYear - i).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <ErrorBanner error={stats.error ?? list.error} />
      <h2>{t('inspections.stats')}</h2>
      {stats.data ? <InspectionStats stats={stats.data} /> : null}
      <h2>{t('inspections.list')}</h2>
      {list.data ? (
        <InspectionTable
          inspections={list.data}
          showEnterprise
          mayVoid={mayWriteInspections(user)}
          onChanged={reload}
        />
      ) : null}
      {mayWriteInspections(user) ? (
        <InspectionForm
          key={formKey}
          agency={unit.name}
          onRecorded={() => {
            setFormKey((k) => k + 1)
            reload()
          }}
        />
      ) : null}
    </section>
  )
}
