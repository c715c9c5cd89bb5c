import {
  CLUE_CHANNEL_ZH,
  CLUE_PROBLEM_ZH,
  CLUE_STATUS_ZH
} from '../../../../core/enterprise/vocabulary'
import type { ClueView } from '../../../../shared/enterprise-views'
import { useI18n } from '../../i18n/i18n'
import { href } from '../../lib/router'
import { yuanGrouped } from './money'

/** The clue register; a clue past its deadline and not handled is marked (row class and badge). */
export function ClueTable({ clues }: { clues: ClueView[] }) {
  const { t } = useI18n()
  if (clues.length === 0) return <p className="muted">{t('clues.none')}</p>
  return (
    <table className="list" data-testid="clue-table">
      <thead>
        <tr>
          <th>{t('clues.number')}</th>
          <th>{t('clues.receivedOn')}</th>
          <th>{t('clues.channel')}</th>
          <th>{t('clues.enterprise')}</th>
          <th>{t('clues.agency')}</th>
          <th>{t('clues.problemType')}</th>
          <th>{t('clues.amount')}</th>
          <th>{t('clues.deadlineOn')}</th>
          <th>{t('clues.status')}</th>
          <th>{t('clues.recovered')}</th>
        </tr>
      </thead>
      <tbody>
        {clues.map((c) => (
          <tr
            key={c.id}
            className={c.overdue ? 'clock-overdue clue-overdue' : undefined}
            data-testid="clue-row"
            data-overdue={c.overdue ? 'true' : 'false'}
          >
            <td>
              <a href={href({ name: 'clueDetail', id: c.id })}>{c.clueNumber}</a>
            </td>
            <td>{c.receivedOn}</td>
            <td>{CLUE_CHANNEL_ZH[c.channel]}</td>
            <td>
              <a href={href({ name: 'enterprise', uscc: c.uscc })}>{c.enterpriseName}</a>
            </td>
            <td>{c.agency}</td>
            <td>{CLUE_PROBLEM_ZH[c.problemType]}</td>
            <td>{c.amountFen === null ? '—' : yuanGrouped(c.amountFen)}</td>
            <td>
              {c.deadlineOn}{' '}
              {c.overdue ? (
                <span className="badge badge-block" data-testid="clue-overdue">
                  {t('clues.overdue')}
                </span>
              ) : null}
            </td>
            <td data-testid="clue-row-status">{CLUE_STATUS_ZH[c.status]}</td>
            <td>{yuanGrouped(c.recoveredFen)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
