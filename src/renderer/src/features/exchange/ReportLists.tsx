import type { LikelyDuplicate, MergeConflictItem } from '../../../../shared/exchange-views'
import { useI18n } from '../../i18n/i18n'

/** The report lists at most this many conflicts (the server's limit). */
const LISTED_CONFLICTS = 200

/** The records of a package that would become conflicts instead of overwriting local ones. */
export function ReportConflicts({ items, total }: { items: MergeConflictItem[]; total: number }) {
  const { t } = useI18n()
  if (items.length === 0) return null
  return (
    <>
      <p className="warning-text">{t('exchange.report.conflicts')}</p>
      <table className="list" data-testid="report-conflicts">
        <thead>
          <tr>
            <th>{t('exchange.col.kind')}</th>
            <th>{t('exchange.col.record')}</th>
            <th>{t('exchange.col.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((c) => (
            <tr key={`${c.kind}:${c.recordId}`} data-testid="report-conflict-row">
              <td>{t(`exchange.kind.${c.kind}`)}</td>
              <td>
                <code>{c.recordId}</code>
              </td>
              <td>
                {t(`exchange.reason.${c.reason}`)}
                {c.known ? <span className="badge">{t('exchange.conflict.known')}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {total > items.length ? (
        <p className="muted">{t('exchange.report.conflictsTruncated', { n: LISTED_CONFLICTS })}</p>
      ) : null}
    </>
  )
}

/** Cases of different units that look like one matter recorded twice: for a person to check. */
export function ReportDuplicates({ items }: { items: LikelyDuplicate[] }) {
  const { t } = useI18n()
  if (items.length === 0) return null
  return (
    <>
      <p className="flag-warning">{t('exchange.report.duplicates')}</p>
      <table className="list" data-testid="report-duplicates">
        <thead>
          <tr>
            <th>{t('exchange.col.case')}</th>
            <th>{t('exchange.col.otherCase')}</th>
            <th>{t('exchange.col.party')}</th>
            <th>{t('exchange.col.item')}</th>
            <th>{t('exchange.col.actDate')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((d) => (
            <tr key={`${d.caseId}:${d.otherCaseId}`}>
              <td>
                {d.caseNumber}
                <div className="muted">{d.unitCode}</div>
              </td>
              <td>
                {d.otherCaseNumber}
                <div className="muted">{d.otherUnitCode}</div>
              </td>
              <td>{d.party}</td>
              <td>{d.itemCode}</td>
              <td>{d.actDate}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}
