import { useEffect, useState } from 'react'
import { OPEN_STATUSES } from '../../../../core/flexible/fast-track'
import type { EducationView, FastTrackRow } from '../../../../shared/flexible-views'
import type { CaseDetail } from '../../../../shared/views'
import { ErrorBanner } from '../../components/ErrorBanner'
import { call } from '../../lib/api'
import { today } from '../../lib/form'
import { useI18n } from '../../i18n/i18n'
import { FollowUpForm } from './FollowUpForm'
import { MarkForm } from './MarkForm'

type Props = { detail: CaseDetail; version: number; mayChange: boolean; onChanged: () => void }
type Loaded = { row: FastTrackRow | null; education: EducationView | null }

/**
 * The case's 轻微速罚 status (eligible for the simple procedure, marked) with the mark button, and
 * the education after a no-penalty decision with its follow-up. The fast-track row comes from the
 * list of the period from the discovery to today, which holds every open fast-track case and every
 * decision since.
 */
export function FastTrackCard({ detail, version, mayChange, onChanged }: Props) {
  const { t } = useI18n()
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [form, setForm] = useState<'mark' | 'followUp' | null>(null)
  useEffect(() => {
    let live = true
    const to = today()
    const from = detail.discoveredOn < to ? detail.discoveredOn : to
    Promise.all([
      call('fastTrack/list', { from, to }),
      call('education/get', { caseId: detail.id })
    ]).then(
      ([list, education]) => {
        if (!live) return
        setLoaded({ row: list.rows.find((r) => r.caseId === detail.id) ?? null, education })
        setError(null)
      },
      (e: unknown) => live && setError(e)
    )
    return () => {
      live = false
    }
  }, [detail.id, detail.discoveredOn, detail.rev, version])
  const done = () => {
    setForm(null)
    onChanged()
  }
  if (!loaded) return error ? <ErrorBanner error={error} /> : null
  const { row, education } = loaded
  const open = OPEN_STATUSES.includes(detail.status)
  return (
    <section className="card" data-testid="fast-track-card">
      <h2>{t('flexible.card.title')}</h2>
      <ErrorBanner error={error} />
      <ul className="plain" data-testid="fast-track-status">
        <li>{t(row?.simpleProcedure ? 'flexible.card.simple' : 'flexible.card.notSimple')}</li>
        <li data-testid="fast-track-marked">
          {row?.marked
            ? t('flexible.card.marked', { reason: row.markReason ?? '' })
            : t('flexible.card.notMarked')}
        </li>
        {row?.days != null ? <li>{t('flexible.card.days', { days: row.days })}</li> : null}
      </ul>
      {mayChange && open && !row?.marked && form !== 'mark' ? (
        <button type="button" className="secondary" onClick={() => setForm('mark')}>
          {t('flexible.card.mark')}
        </button>
      ) : null}
      {form === 'mark' ? (
        <MarkForm caseId={detail.id} onDone={done} onCancel={() => setForm(null)} />
      ) : null}
      {education ? (
        <EducationRecord
          education={education}
          mayFollowUp={mayChange && form !== 'followUp'}
          onFollowUp={() => setForm('followUp')}
        />
      ) : null}
      {education && form === 'followUp' ? (
        <FollowUpForm
          caseId={detail.id}
          caseNumber={education.caseNumber}
          onDone={done}
          onCancel={() => setForm(null)}
        />
      ) : null}
    </section>
  )
}

function EducationRecord(props: {
  education: EducationView
  mayFollowUp: boolean
  onFollowUp: () => void
}) {
  const { t } = useI18n()
  const e = props.education
  return (
    <div data-testid="education-record">
      <h3>{t('flexible.card.education')}</h3>
      <dl className="facts-grid">
        <dt>{t('flexible.educationForms')}</dt>
        <dd>{e.forms.map((f) => t(`flexible.form.${f}`)).join('、')}</dd>
        <dt>{t('flexible.educatedOn')}</dt>
        <dd>{e.educatedOn}</dd>
        <dt>{t('flexible.card.educationContent')}</dt>
        <dd className="prewrap">{e.content}</dd>
        <dt>{t('flexible.followUpOn')}</dt>
        <dd data-testid="education-follow-up">
          {e.followedUpOn
            ? t('flexible.card.followedUp', {
                date: e.followedUpOn,
                result: e.followUpResult ?? ''
              })
            : t('flexible.card.notFollowedUp', { date: e.followUpOn })}
        </dd>
      </dl>
      {!e.followedUpOn && props.mayFollowUp ? (
        <button type="button" className="secondary" onClick={props.onFollowUp}>
          {t('flexible.recordFollowUp')}
        </button>
      ) : null}
    </div>
  )
}
