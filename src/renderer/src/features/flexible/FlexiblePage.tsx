import { useEffect, useState } from 'react'
import type {
  EducationView,
  FastTrackView,
  FlexibleSummaryView
} from '../../../../shared/flexible-views'
import { useSession } from '../../app/session'
import { ErrorBanner } from '../../components/ErrorBanner'
import { call } from '../../lib/api'
import { today } from '../../lib/form'
import { useI18n } from '../../i18n/i18n'
import { FastTrackTable } from './FastTrackTable'
import { FollowUpsDue } from './FollowUpsDue'
import { PeriodForm, type Period } from './PeriodForm'
import { SummaryFigures } from './SummaryFigures'

/** This year so far, Beijing time. */
function thisYear(): Period {
  const to = today()
  return { from: `${to.slice(0, 4)}-01-01`, to }
}

type Shown = { summary: FlexibleSummaryView; fastTrack: FastTrackView; due: EducationView[] }

/**
 * 柔性执法 (domain.md §5): the period's 首违不罚, 轻微免罚, 公益减罚 and 轻微速罚 figures, the
 * fast-track cases with their timing, and the follow-ups due after no-penalty decisions.
 */
export function FlexiblePage() {
  const { t } = useI18n()
  const { user } = useSession()
  const [period, setPeriod] = useState<Period>(thisYear)
  const [version, setVersion] = useState(0)
  const [shown, setShown] = useState<Shown | null>(null)
  const [error, setError] = useState<unknown>(null)
  useEffect(() => {
    let live = true
    Promise.all([
      call('flexible/summary', period),
      call('fastTrack/list', period),
      call('education/due', {})
    ]).then(
      ([summary, fastTrack, due]) => {
        if (!live) return
        setShown({ summary, fastTrack, due })
        setError(null)
      },
      (e: unknown) => live && setError(e)
    )
    return () => {
      live = false
    }
  }, [period, version])
  const mayRecord = user.roles.includes('officer') || user.roles.includes('head')
  return (
    <section data-testid="flexible-page">
      <h1>{t('flexible.title')}</h1>
      <p className="muted">{t('flexible.intro')}</p>
      <PeriodForm initial={period} onRun={setPeriod} />
      <ErrorBanner error={error} />
      {shown ? (
        <>
          <SummaryFigures s={shown.summary} />
          <FastTrackTable rows={shown.fastTrack.rows} />
          <FollowUpsDue
            items={shown.due}
            mayRecord={mayRecord}
            onChanged={() => setVersion((v) => v + 1)}
          />
        </>
      ) : null}
    </section>
  )
}
