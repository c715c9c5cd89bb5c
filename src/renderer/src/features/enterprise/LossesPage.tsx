import { useCallback, useState } from 'react'
import { useSession } from '../../app/session'
import { ErrorBanner } from '../../components/ErrorBanner'
import { call } from '../../lib/api'
import { today } from '../../lib/form'
import { useI18n } from '../../i18n/i18n'
import { EnterpriseNav } from './EnterpriseNav'
import { LossTotals } from './LossTotals'
import { PeriodForm, type Period } from './PeriodForm'
import { UsccSearch } from './UsccSearch'
import { useLoad } from './use-load'

/** This year so far in Beijing time: the period the campaign reports use by default. */
function thisYear(): Period {
  const to = today()
  return { from: `${to.slice(0, 4)}-01-01`, to }
}

/** 挽回损失 of the unit for a period (by category and by unit) and the way to one enterprise. */
export function LossesPage() {
  const { t } = useI18n()
  const { unit } = useSession()
  const [period, setPeriod] = useState<Period>(thisYear)
  const totals = useLoad(useCallback(() => call('losses/totals', period), [period]))
  return (
    <section>
      <EnterpriseNav current="losses" />
      <h1>{t('losses.title')}</h1>
      <p className="muted">{t('losses.intro')}</p>
      <UsccSearch />
      <PeriodForm period={period} onChange={setPeriod} />
      <ErrorBanner error={totals.error} />
      {totals.data ? <LossTotals totals={totals.data} unit={unit} /> : null}
    </section>
  )
}
