import { useEffect, useMemo, useState } from 'react'
import type { CaseDetail } from '../../../../shared/views'
import { useSession } from '../../app/session'
import { ErrorBanner } from '../../components/ErrorBanner'
import { call } from '../../lib/api'
import { href, navigate } from '../../lib/router'
import { useI18n } from '../../i18n/i18n'
import { DiscretionPanel } from '../discretion/DiscretionPanel'
import { FastTrackCard } from '../flexible/FastTrackCard'
import { CaseLifecycle } from '../lifecycle/CaseLifecycle'
import { PublicServicePanel } from '../public-service/PublicServicePanel'
import { ReviewPanel } from '../review/ReviewPanel'
import { CaseClocks } from './CaseClocks'
import { CaseHistory } from './CaseHistory'

export function CaseDetailPage({ id }: { id: string }) {
  const { t } = useI18n()
  const session = useSession()
  const [detail, setDetail] = useState<CaseDetail | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [deleting, setDeleting] = useState(false)
  const [reason, setReason] = useState('')
  const [version, setVersion] = useState(0)
  useEffect(() => {
    call('cases/get', { id }).then(setDetail, setError)
  }, [id, version])
  const officerNames = useMemo(
    () => new Map((detail?.officers ?? []).map((o) => [o.id, o.displayName])),
    [detail]
  )
  if (error && !detail) return <ErrorBanner error={error} />
  if (!detail) return null
  const mayChange =
    session.user.roles.includes('head') ||
    (session.user.roles.includes('officer') &&
      detail.officers.some((o) => o.id === session.user.id))

  // A recorded step, payment, evaluation or review verdict changes the case, its progress, clocks,
  // consistency review and history.
  const changed = () => setVersion((v) => v + 1)

  const remove = () => {
    call('cases/delete', { id, rev: detail.rev, reason }).then(
      () => navigate({ name: 'caseList' }),
      setError
    )
  }

  return (
    <article className="case-detail">
      <div className="title-row">
        <h1 data-testid="case-number">{detail.caseNumber}</h1>
        <span className="badge">{t(`status.${detail.status}`)}</span>
        {mayChange ? (
          <div className="actions">
            <a className="button secondary" href={href({ name: 'caseEdit', id })}>
              {t('common.edit')}
            </a>
            <button type="button" className="danger" onClick={() => setDeleting(true)}>
              {t('common.delete')}
            </button>
          </div>
        ) : null}
      </div>
      <ErrorBanner error={error} />
      {deleting ? (
        <div className="card inline">
          <label htmlFor="deleteReason">{t('case.deleteReason')}</label>
          <input id="deleteReason" value={reason} onChange={(e) => setReason(e.target.value)} />
          <button type="button" className="danger" disabled={!reason.trim()} onClick={remove}>
            {t('case.deleteConfirm')}
          </button>
          <button type="button" className="secondary" onClick={() => setDeleting(false)}>
            {t('common.cancel')}
          </button>
        </div>
      ) : null}
      <dl className="facts-grid">
        <dt>{t('case.cause')}</dt>
        <dd data-testid="case-cause">{detail.cause}</dd>
        <dt>{t('case.source')}</dt>
        <dd>{t(`source.${detail.source}`)}</dd>
        <dt>{t('case.discoveredOn')}</dt>
        <dd>{detail.discoveredOn}</dd>
        <dt>{t('case.filedOn')}</dt>
        <dd>{detail.filedOn ?? '—'}</dd>
        <dt>{t('case.violationOn')}</dt>
        <dd data-testid="case-violation-on">{detail.violationOn ?? '—'}</dd>
        <dt>{t('case.limitation')}</dt>
        <dd data-testid="case-limitation">
          {t(detail.extendedLimitation ? 'case.limitation.five' : 'case.limitation.two')}
        </dd>
        <dt>{t('case.officers')}</dt>
        <dd>{detail.officers.map((o) => o.displayName).join('、')}</dd>
        <dt>{t('case.facts')}</dt>
        <dd className="prewrap" data-testid="case-facts">
          {detail.facts || '—'}
        </dd>
      </dl>
      <h2>{t('case.parties')}</h2>
      <ul className="parties">
        {detail.parties.map((p) => (
          <li key={p.id}>
            <strong>{p.name}</strong>（{t(`party.kind.${p.kind}`)}）{' '}
            {p.kind === 'organisation'
              ? `${t('party.uscc')} ${p.uscc}；${t('party.legalRepresentative')} ${p.legalRepresentative || '—'}`
              : `${t('party.idNumber')} ${p.idNumber}`}
            {p.address ? `；${p.address}` : ''}
            {p.contact ? `；${p.contact}` : ''}
          </li>
        ))}
      </ul>
      <CaseClocks caseId={id} rev={detail.rev} version={version} />
      <CaseLifecycle detail={detail} version={version} mayChange={mayChange} onChanged={changed} />
      <FastTrackCard detail={detail} version={version} mayChange={mayChange} onChanged={changed} />
      <PublicServicePanel caseId={id} mayChange={mayChange} onChanged={changed} />
      <DiscretionPanel detail={detail} mayChange={mayChange} onChanged={changed} />
      <ReviewPanel detail={detail} version={version} onChanged={changed} />
      <CaseHistory key={`${detail.rev}:${version}`} caseId={id} officerNames={officerNames} />
    </article>
  )
}
