import type { FlexibleSummaryView } from '../../../../shared/flexible-views'
import type { MessageKey } from '../../i18n/zh'
import { useI18n } from '../../i18n/i18n'
import { days, money, permilleAsPercent, tenths } from './format'

/** The period's figures, each with a test id (the statistics tests read them). */
export function SummaryFigures({ s }: { s: FlexibleSummaryView }) {
  const { t } = useI18n()
  const figures: [MessageKey, string, string][] = [
    ['flexible.decided', 'flexible-decided', String(s.decided)],
    ['flexible.firstViolation', 'flexible-first-violation', String(s.firstViolationExempt)],
    ['flexible.minor', 'flexible-minor', String(s.minorExempt)],
    ['flexible.noPenalty', 'flexible-no-penalty', String(s.noPenaltyTotal)],
    ['flexible.psCases', 'flexible-ps-cases', String(s.publicService.cases)],
    ['flexible.psHours', 'flexible-ps-hours', tenths(s.publicService.tenths.hours)],
    ['flexible.psPoints', 'flexible-ps-points', tenths(s.publicService.tenths.points)],
    ['flexible.psOffset', 'flexible-ps-offset', money(s.publicService.offsetFen)],
    ['flexible.fastTrackDecided', 'flexible-fast-track', String(s.fastTrack.decided)],
    [
      'flexible.fastTrackShare',
      'flexible-fast-track-share',
      permilleAsPercent(s.fastTrack.sharePermille)
    ],
    ['flexible.averageDays', 'flexible-average-days', days(s.fastTrack.averageDays)],
    ['flexible.educationRecorded', 'flexible-education', String(s.education.recorded)],
    ['flexible.educationFollowedUp', 'flexible-followed-up', String(s.education.followedUp)],
    ['flexible.educationDue', 'flexible-follow-ups-due', String(s.education.due)]
  ]
  return (
    <section aria-label={t('flexible.figures')}>
      <h2>{t('flexible.figures')}</h2>
      <div className="counts flexible-figures">
        {figures.map(([label, id, value]) => (
          <div className="count" key={id}>
            <span className="count-n" data-testid={id}>
              {value}
            </span>
            <span>{t(label)}</span>
          </div>
        ))}
      </div>
    </section>
  )
}
