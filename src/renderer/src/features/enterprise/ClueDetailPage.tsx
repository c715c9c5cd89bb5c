import { useCallback, useState } from 'react'
import { CLUE_STEP_ZH, type ClueStepKind } from '../../../../core/enterprise/vocabulary'
import { useSession } from '../../app/session'
import { ErrorBanner } from '../../components/ErrorBanner'
import { call } from '../../lib/api'
import { href } from '../../lib/router'
import { useI18n } from '../../i18n/i18n'
import { ClueFacts } from './ClueFacts'
import { ClueStepForm } from './ClueStepForm'
import { ClueSteps } from './ClueSteps'
import { EnterpriseNav } from './EnterpriseNav'
import { LossEntryForm } from './LossEntryForm'
import { LossLedger } from './LossLedger'
import { mayWriteClues } from './may-write'
import { useLoad } from './use-load'

/**
 * One clue: its facts, its steps, the next steps the server allows (转办, 督办, 办结, 反馈,
 * 移送纪检监察), and the recovered losses linked to it with the form to record one.
 */
export function ClueDetailPage({ id }: { id: string }) {
  const { t } = useI18n()
  const { user } = useSession()
  const clue = useLoad(useCallback(() => call('clues/get', { clueId: id }), [id]))
  const losses = useLoad(useCallback(() => call('losses/list', { clueId: id }), [id]))
  const [stepKind, setStepKind] = useState<ClueStepKind | null>(null)
  const [lossFormKey, setLossFormKey] = useState(0)
  const mayWrite = mayWriteClues(user)
  const c = clue.data
  // A ledger change moves the clue's recovered total too.
  const reloadBoth = () => {
    clue.reload()
    losses.reload()
  }
  return (
    <section>
      <EnterpriseNav current="clues" />
      <ErrorBanner error={clue.error ?? losses.error} />
      {c ? (
        <>
          <div className="title-row">
            <h1 data-testid="clue-number">{c.clueNumber}</h1>
            <div className="actions">
              <a className="button" href={href({ name: 'enterprise', uscc: c.uscc })}>
                {t('clues.openEnterprise')}
              </a>
            </div>
          </div>
          <ClueFacts clue={c} />
          <h2>{t('clues.steps')}</h2>
          <ClueSteps steps={c.steps} />
          {mayWrite && c.nextSteps.length > 0 ? (
            <div className="action-buttons" data-testid="clue-next-steps">
              {c.nextSteps.map((k) => (
                <button
                  key={k}
                  type="button"
                  className={k === stepKind ? 'primary' : 'secondary'}
                  onClick={() => setStepKind(k)}
                >
                  {CLUE_STEP_ZH[k]}
                </button>
              ))}
            </div>
          ) : null}
          {mayWrite && stepKind && c.nextSteps.includes(stepKind) ? (
            <ClueStepForm
              key={`${stepKind}:${c.rev}`}
              kind={stepKind}
              clue={c}
              onCancel={() => setStepKind(null)}
              onDone={() => {
                setStepKind(null)
                clue.reload()
              }}
            />
          ) : null}
          <section aria-label={t('losses.linked')}>
            <h2>{t('losses.linked')}</h2>
            {losses.data ? (
              <LossLedger history={losses.data} mayReverse={mayWrite} onChanged={reloadBoth} />
            ) : null}
            {mayWrite ? (
              <LossEntryForm
                key={lossFormKey}
                clue={c}
                onRecorded={() => {
                  setLossFormKey((k) => k + 1)
                  reloadBoth()
                }}
              />
            ) : null}
          </section>
        </>
      ) : null}
    </section>
  )
}
