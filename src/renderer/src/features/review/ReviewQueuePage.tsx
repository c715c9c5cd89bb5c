import { useEffect, useState } from 'react'
import type { ReviewQueueItem } from '../../../../shared/review-views'
import { ErrorBanner } from '../../components/ErrorBanner'
import { call } from '../../lib/api'
import { href } from '../../lib/router'
import { useI18n } from '../../i18n/i18n'
import { SeverityCounts } from './SeverityCounts'

function QueueTable({ items }: { items: ReviewQueueItem[] }) {
  const { t } = useI18n()
  return (
    <table className="list" data-testid="review-queue">
      <thead>
        <tr>
          <th>{t('case.caseNumber')}</th>
          <th>{t('case.cause')}</th>
          <th>{t('case.parties')}</th>
          <th>{t('case.status')}</th>
          <th>{t('review.queue.reason')}</th>
          <th>{t('review.queue.flags')}</th>
          <th>{t('review.queue.unanswered')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((c) => (
          <tr key={c.id} data-testid="review-queue-row" data-case-id={c.id}>
            <td>
              <a href={href({ name: 'caseDetail', id: c.id })}>{c.caseNumber}</a>
            </td>
            <td>{c.cause}</td>
            <td>{c.partyNames.join('、')}</td>
            <td>{t(`status.${c.status}`)}</td>
            <td>{c.reason}</td>
            <td data-testid="review-queue-flags">
              <SeverityCounts flags={c.flags} />
            </td>
            <td data-testid="review-queue-unanswered">
              {c.unanswered > 0 ? <strong>{c.unanswered}</strong> : c.unanswered}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** 法制审核: the cases that need legal review, each with its findings and those still to judge. */
export function ReviewQueuePage() {
  const { t } = useI18n()
  const [items, setItems] = useState<ReviewQueueItem[] | null>(null)
  const [error, setError] = useState<unknown>(null)
  useEffect(() => {
    call('review/queue', {}).then(setItems, setError)
  }, [])
  return (
    <section>
      <div className="title-row">
        <h1>{t('review.queue.title')}</h1>
        <div className="actions">
          <a className="button secondary" href={href({ name: 'reviewReport' })}>
            {t('review.queue.report')}
          </a>
        </div>
      </div>
      <p className="muted">{t('review.queue.intro')}</p>
      <ErrorBanner error={error} />
      {items && items.length === 0 ? <p className="muted">{t('review.queue.none')}</p> : null}
      {items ? <QueueTable items={items} /> : null}
    </section>
  )
}
