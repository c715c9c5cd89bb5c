import { useState } from 'react'
import { Field } from '../../components/Field'
import { useI18n } from '../../i18n/i18n'
import { periodQuery, type StatsQuery } from './query'

type Props = { query: StatsQuery; includeRevoked: boolean; onRun: (q: StatsQuery) => void }

/** The period (both days included), two quick choices, and whether revoked decisions count. */
export function PeriodBar({ query, includeRevoked, onRun }: Props) {
  const { t } = useI18n()
  const [from, setFrom] = useState(query.from)
  const [to, setTo] = useState(query.to)
  const [revoked, setRevoked] = useState(includeRevoked)
  const [unit, setUnit] = useState(query.unit ?? '')
  const valid = from !== '' && to !== '' && from <= to
  const scope = unit === '' ? {} : { unit }
  const quick = (q: StatsQuery) => {
    setFrom(q.from)
    setTo(q.to)
    onRun({ ...q, includeRevoked: revoked, ...scope })
  }
  return (
    <form
      className="card"
      aria-label={t('stats.title')}
      onSubmit={(e) => {
        e.preventDefault()
        if (valid) onRun({ from, to, includeRevoked: revoked, ...scope })
      }}
    >
      <div className="grid">
        <Field label={t('stats.from')} htmlFor="stats-from">
          <input
            id="stats-from"
            type="date"
            value={from}
            onChange={(e) => setFrom(e.target.value)}
          />
        </Field>
        <Field label={t('stats.to')} htmlFor="stats-to">
          <input id="stats-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </Field>
        <Field label={t('stats.scope')} htmlFor="stats-unit">
          <select id="stats-unit" value={unit} onChange={(e) => setUnit(e.target.value)}>
            <option value="">{t('stats.scopeOwn')}</option>
            <option value="all">{t('stats.scopeAll')}</option>
            {unit !== '' && unit !== 'all' ? <option value={unit}>{unit}</option> : null}
          </select>
        </Field>
      </div>
      <label className="check">
        <input type="checkbox" checked={revoked} onChange={(e) => setRevoked(e.target.checked)} />
        {t('stats.includeRevoked')}
      </label>
      <div className="action-buttons">
        <button type="submit" className="primary" disabled={!valid}>
          {t('stats.run')}
        </button>
        <button type="button" className="secondary" onClick={() => quick(periodQuery('month'))}>
          {t('stats.thisMonth')}
        </button>
        <button type="button" className="secondary" onClick={() => quick(periodQuery('quarter'))}>
          {t('stats.thisQuarter')}
        </button>
        <button type="button" className="secondary" onClick={() => quick(periodQuery('year'))}>
          {t('stats.thisYear')}
        </button>
        <button type="button" className="secondary" onClick={() => quick(periodQuery('year', -1))}>
          {t('stats.lastYear')}
        </button>
      </div>
    </form>
  )
}
