import type { MergeReportView } from '../../../../shared/exchange-views'
import { useI18n } from '../../i18n/i18n'
import { formatInstant } from '../../lib/format'
import { KindTable } from './KindTable'
import { coverageText, scopeText } from './labels'
import { ReportConflicts, ReportDuplicates } from './ReportLists'

/** Whether applying the package would change anything at all. */
function changesNothing(report: MergeReportView): boolean {
  const { totals } = report
  return totals.new + totals.updated + totals.conflicts === 0
}

/**
 * The dry-run report of a verified package: where it comes from (and whether its signing key is
 * known), what applying it would do per record kind, its conflicts and likely duplicates, and the
 * warnings about packages of that unit not received.
 */
export function ImportReport({ report, fileName }: { report: MergeReportView; fileName: string }) {
  const { t } = useI18n()
  const m = report.manifest
  return (
    <div data-testid="import-report">
      <h3>{t('exchange.report.title', { fileName })}</h3>
      <p className="muted">{t('exchange.report.intro')}</p>
      <ManifestFacts report={report} />
      {report.trust === 'new' ? (
        <p className="banner banner-error" data-testid="trust-new">
          {t('exchange.report.trustNew')}
        </p>
      ) : (
        <p className="muted" data-testid="trust-known">
          {t('exchange.report.trustKnown')}
        </p>
      )}
      {report.alreadyApplied ? (
        <p data-testid="already-applied">
          <strong>
            {t('exchange.report.alreadyApplied', {
              at: formatInstant(report.alreadyApplied.appliedAt)
            })}
          </strong>
        </p>
      ) : null}
      {changesNothing(report) ? (
        <p className="banner banner-ok" role="status" data-testid="no-change">
          {t('exchange.report.noChange')}
        </p>
      ) : null}
      {report.gaps.length > 0 ? (
        <p role="alert" className="warning-text" data-testid="report-gaps">
          {t('exchange.report.gaps', { list: report.gaps.join('、') })}
        </p>
      ) : null}
      {report.missingBase !== null ? (
        <p role="alert" className="warning-text" data-testid="report-missing-base">
          {t('exchange.report.missingBase', { n: report.missingBase })}
        </p>
      ) : null}
      <KindTable byKind={report.byKind} totals={report.totals} />
      {report.totals.tombstones > 0 ? (
        <p className="muted">{t('exchange.report.tombstones', { n: report.totals.tombstones })}</p>
      ) : null}
      <ReportConflicts items={report.conflicts} total={report.totals.conflicts} />
      <ReportDuplicates items={report.duplicates} />
      <p className="muted">
        {m.software} · {m.contentSha256.slice(0, 16)}
      </p>
    </div>
  )
}

function ManifestFacts({ report }: { report: MergeReportView }) {
  const { t } = useI18n()
  const m = report.manifest
  return (
    <dl className="facts-grid" data-testid="report-manifest">
      <dt>{t('exchange.report.source')}</dt>
      <dd data-testid="report-source">
        {m.unitName}（{m.unitCode}）
      </dd>
      <dt>{t('exchange.report.sequence')}</dt>
      <dd data-testid="report-sequence">{m.sequence}</dd>
      <dt>{t('exchange.report.scope')}</dt>
      <dd>{scopeText(t, m.scope)}</dd>
      <dt>{t('exchange.report.createdAt')}</dt>
      <dd>{formatInstant(m.createdAt)}</dd>
      <dt>{t('exchange.report.coverage')}</dt>
      <dd data-testid="report-coverage">{coverageText(t, report.coverage)}</dd>
      <dt>{t('exchange.report.records')}</dt>
      <dd>{m.recordCount}</dd>
      <dt>{t('exchange.report.fingerprint')}</dt>
      <dd>
        <code data-testid="report-fingerprint">{m.keyFingerprint}</code>
      </dd>
    </dl>
  )
}
