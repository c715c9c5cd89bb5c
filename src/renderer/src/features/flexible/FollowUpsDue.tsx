import { useState } from 'react'
import { FOLLOW_UP_NOTICE_DAYS } from '../../../../core/flexible/education'
import type { EducationView } from '../../../../shared/flexible-views'
import { href } from '../../lib/router'
import { useI18n } from '../../i18n/i18n'
import { FollowUpForm } from './FollowUpForm'

type Props = { items: readonly EducationView[]; mayRecord: boolean; onChanged: () => void }

/** Follow-ups (回访) due or coming within the notice days, each recordable in place. */
export function FollowUpsDue({ items, mayRecord, onChanged }: Props) {
  const { t } = useI18n()
  const [open, setOpen] = useState<string | null>(null)
  return (
    <section>
      <h2>{t('flexible.followUps')}</h2>
      <p className="muted">{t('flexible.followUps.intro', { days: FOLLOW_UP_NOTICE_DAYS })}</p>
      {items.length === 0 ? (
        <p className="muted" data-testid="follow-ups-none">
          {t('flexible.followUps.none')}
        </p>
      ) : (
        <table className="list" data-testid="follow-ups">
          <thead>
            <tr>
              <th>{t('flexible.caseNumber')}</th>
              <th>{t('flexible.educationForms')}</th>
              <th>{t('flexible.educatedOn')}</th>
              <th>{t('flexible.followUpOn')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {items.map((e) => (
              <tr
                key={e.caseId}
                data-testid="follow-up-row"
                data-case-id={e.caseId}
                className={e.due ? 'clock-overdue' : undefined}
              >
                <td>
                  <a href={href({ name: 'caseDetail', id: e.caseId })}>{e.caseNumber}</a>
                </td>
                <td>{e.forms.map((f) => t(`flexible.form.${f}`)).join('、')}</td>
                <td>{e.educatedOn}</td>
                <td>
                  {e.followUpOn}{' '}
                  <span className="badge" data-testid="follow-up-state">
                    {t(e.due ? 'flexible.due' : 'flexible.upcoming')}
                  </span>
                </td>
                <td>
                  {mayRecord && open !== e.caseId ? (
                    <button type="button" className="secondary" onClick={() => setOpen(e.caseId)}>
                      {t('flexible.recordFollowUp')}
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {open ? (
        <FollowUpForm
          caseId={open}
          caseNumber={items.find((e) => e.caseId === open)?.caseNumber ?? ''}
          onDone={() => {
            setOpen(null)
            onChanged()
          }}
          onCancel={() => setOpen(null)}
        />
      ) : null}
    </section>
  )
}
