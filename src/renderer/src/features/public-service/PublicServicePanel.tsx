import { useEffect, useState } from 'react'
import type { PublicServiceItemView, PublicServiceView } from '../../../../shared/flexible-views'
import { ErrorBanner } from '../../components/ErrorBanner'
import { call } from '../../lib/api'
import { useI18n } from '../../i18n/i18n'
import { ApplicationList } from './ApplicationList'
import { ApplyForm } from './ApplyForm'
import { VerifyForm } from './VerifyForm'
import { WithdrawApplicationForm } from './WithdrawApplicationForm'

type Props = { caseId: string; mayChange: boolean; onChanged: () => void }

/** The form open below the list: one at a time. */
type Open =
  | { kind: 'none' }
  | { kind: 'apply' }
  | { kind: 'verify'; application: PublicServiceView }
  | { kind: 'withdraw'; application: PublicServiceView }

/**
 * 公益减罚 on a case (domain.md §5): the party's applications, their verification with evidence and
 * withdrawal. The reduction itself happens in the next benchmark evaluation, which reads the
 * verified service from the server.
 */
export function PublicServicePanel({ caseId, mayChange, onChanged }: Props) {
  const { t } = useI18n()
  const [catalogue, setCatalogue] = useState<PublicServiceItemView[] | null>(null)
  const [items, setItems] = useState<PublicServiceView[] | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [open, setOpen] = useState<Open>({ kind: 'none' })
  const [changes, setChanges] = useState(0)
  useEffect(() => {
    call('publicService/catalogue', {}).then(setCatalogue, setError)
  }, [])
  useEffect(() => {
    call('publicService/list', { caseId }).then(setItems, setError)
  }, [caseId, changes])
  const close = () => setOpen({ kind: 'none' })
  const done = () => {
    close()
    setChanges((n) => n + 1)
    onChanged()
  }
  const empty = catalogue !== null && catalogue.length === 0
  return (
    <section
      className="public-service"
      aria-label={t('publicService.title')}
      data-testid="public-service-panel"
    >
      <h2>{t('publicService.title')}</h2>
      <p className="muted">{t('publicService.intro')}</p>
      <ErrorBanner error={error} />
      {items ? (
        <ApplicationList
          items={items}
          mayChange={mayChange}
          onVerify={(application) => setOpen({ kind: 'verify', application })}
          onWithdraw={(application) => setOpen({ kind: 'withdraw', application })}
        />
      ) : null}
      {empty ? <p className="muted">{t('publicService.noCatalogue')}</p> : null}
      <OpenForm caseId={caseId} catalogue={catalogue} open={open} onDone={done} onCancel={close} />
      {mayChange && catalogue && !empty && open.kind === 'none' ? (
        <button
          type="button"
          className="secondary"
          data-testid="ps-apply-open"
          onClick={() => setOpen({ kind: 'apply' })}
        >
          {t('publicService.apply')}
        </button>
      ) : null}
    </section>
  )
}

function OpenForm(props: {
  caseId: string
  catalogue: PublicServiceItemView[] | null
  open: Open
  onDone: () => void
  onCancel: () => void
}) {
  const { open, onDone, onCancel } = props
  switch (open.kind) {
    case 'none':
      return null
    case 'apply':
      return props.catalogue ? (
        <ApplyForm
          caseId={props.caseId}
          catalogue={props.catalogue}
          onDone={onDone}
          onCancel={onCancel}
        />
      ) : null
    case 'verify':
      return (
        <VerifyForm
          key={open.application.applicationId}
          application={open.application}
          onDone={onDone}
          onCancel={onCancel}
        />
      )
    case 'withdraw':
      return (
        <WithdrawApplicationForm
          key={open.application.applicationId}
          application={open.application}
          onDone={onDone}
          onCancel={onCancel}
        />
      )
  }
}
