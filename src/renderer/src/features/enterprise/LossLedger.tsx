import { useState } from 'react'
import { LOSS_CATEGORY_ZH } from '../../../../core/enterprise/vocabulary'
import type { LossEntryView, LossHistoryView } from '../../../../shared/enterprise-views'
import { useI18n } from '../../i18n/i18n'
import { href } from '../../lib/router'
import { LossReverseForm } from './LossReverseForm'
import { yuanGrouped } from './money'

type Props = { history: LossHistoryView; mayReverse: boolean; onChanged: () => void }

function Source({ entry }: { entry: LossEntryView }) {
  if (entry.clueId && entry.clueNumber) {
    return <a href={href({ name: 'clueDetail', id: entry.clueId })}>{entry.clueNumber}</a>
  }
  if (entry.caseId && entry.caseNumber) {
    return <a href={href({ name: 'caseDetail', id: entry.caseId })}>{entry.caseNumber}</a>
  }
  return <>—</>
}

/**
 * The recovered-loss ledger: entries and their reversals as recorded (nothing is edited), what each
 * entry still counts for after its reversals, and the net total. An entry saved despite a likely
 * duplicate keeps its 疑似重复 badge.
 */
export function LossLedger({ history, mayReverse, onChanged }: Props) {
  const { t } = useI18n()
  const [reversing, setReversing] = useState<LossEntryView | null>(null)
  const byId = new Map(history.entries.map((e) => [e.id, e]))
  return (
    <>
      {history.entries.length === 0 ? <p className="muted">{t('losses.none')}</p> : null}
      <table className="list" data-testid="loss-ledger">
        <thead>
          <tr>
            <th>{t('losses.on')}</th>
            <th>{t('losses.category')}</th>
            <th>{t('losses.amount')}</th>
            <th>{t('losses.remaining')}</th>
            <th>{t('losses.source')}</th>
            <th>{t('losses.evidence')}</th>
            <th>{t('losses.note')}</th>
            <th>{t('losses.marks')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {history.entries.map((e) => {
            const original = e.reversesId ? byId.get(e.reversesId) : undefined
            return (
              <tr key={e.id} data-testid="loss-row" data-kind={e.reversesId ? 'reversal' : 'entry'}>
                <td>{e.on}</td>
                <td>{LOSS_CATEGORY_ZH[e.category]}</td>
                <td data-testid="loss-amount">{yuanGrouped(e.amountFen)}</td>
                <td data-testid="loss-remaining">
                  {e.remainingFen === null ? '' : yuanGrouped(e.remainingFen)}
                </td>
                <td>
                  <Source entry={e} />
                </td>
                <td>{e.evidence}</td>
                <td>{e.note}</td>
                <td>
                  {e.reversesId ? (
                    <span className="badge" data-testid="reversal-badge">
                      {original
                        ? t('losses.reversalOf', { on: original.on })
                        : t('losses.reversal')}
                    </span>
                  ) : null}{' '}
                  {e.duplicateOf ? (
                    <span className="badge badge-flag" data-testid="duplicate-badge">
                      {t('losses.duplicate')}
                    </span>
                  ) : null}
                </td>
                <td className="row-actions">
                  {mayReverse && e.remainingFen !== null && e.remainingFen > 0 ? (
                    <button type="button" className="secondary" onClick={() => setReversing(e)}>
                      {t('losses.reverse')}
                    </button>
                  ) : null}
                </td>
              </tr>
            )
          })}
        </tbody>
        <tfoot>
          <tr>
            <th colSpan={2}>{t('losses.total')}</th>
            <th data-testid="loss-total">{yuanGrouped(history.totalFen)}</th>
            <th colSpan={6} />
          </tr>
        </tfoot>
      </table>
      {reversing ? (
        <LossReverseForm
          key={reversing.id}
          entry={reversing}
          onCancel={() => setReversing(null)}
          onDone={() => {
            setReversing(null)
            onChanged()
          }}
        />
      ) : null}
    </>
  )
}
