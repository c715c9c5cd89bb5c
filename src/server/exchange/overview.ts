// What a unit has received: its sources with their sequence numbers, gaps and covered periods, the
// receipts of every import, and the open conflicts.
import type Database from 'better-sqlite3'
import { sequenceGaps } from '../../core/exchange/lineage'
import { AppError } from '../../shared/errors'
import type {
  ExchangeOverview,
  MergeReportView,
  ReceiptListItem,
  ReceiptView,
  SourceView
} from '../../shared/exchange-views'
import type { PackageScope } from '../../shared/schemas/exchange'
import { prepare } from '../db/statements'
import { getUnit } from '../unit/repo'
import { keyFingerprint } from './identity'

type ReceiptRow = {
  id: string
  package_id: string
  source_id: string
  sequence: number
  report: string
  applied_at: string
  display_name: string
}

const RECEIPT_ROWS = `SELECT r.id, r.package_id, r.source_id, r.sequence, r.report, r.applied_at,
    u.display_name FROM merge_receipts r JOIN users u ON u.id = r.applied_by`

function listRows(db: Database.Database): ReceiptRow[] {
  return prepare(db, `${RECEIPT_ROWS} ORDER BY r.applied_at DESC, r.id DESC`).all() as ReceiptRow[]
}

export function receiptList(db: Database.Database): ReceiptListItem[] {
  return listRows(db).map((r) => {
    const report = JSON.parse(r.report) as MergeReportView
    return {
      id: r.id,
      packageId: r.package_id,
      unitCode: report.manifest.unitCode,
      unitName: report.manifest.unitName,
      sequence: r.sequence,
      scope: report.manifest.scope,
      appliedAt: r.applied_at,
      totals: report.totals,
      coverage: report.coverage
    }
  })
}

export function receiptView(db: Database.Database, id: string): ReceiptView {
  const row = prepare(db, `${RECEIPT_ROWS} WHERE r.id = ?`).get(id) as ReceiptRow | undefined
  if (!row) throw new AppError('NOT_FOUND', '合并回执不存在。')
  return {
    id: row.id,
    appliedAt: row.applied_at,
    appliedBy: row.display_name,
    report: JSON.parse(row.report) as MergeReportView
  }
}

type SourceRow = {
  source_id: string
  unit_code: string
  unit_name: string
  public_key: string
  first_seen_at: string
  last_seen_at: string
}

export function overview(db: Database.Database): ExchangeOverview {
  const receipts = listRows(db)
  const sources = (
    prepare(
      db,
      'SELECT * FROM package_sources ORDER BY unit_code, first_seen_at'
    ).all() as SourceRow[]
  ).map((s): SourceView => {
    const mine = receipts.filter((r) => r.source_id === s.source_id)
    const sequences = [...new Set(mine.map((r) => r.sequence))].sort((a, b) => a - b)
    const latest = sequences.at(-1) ?? 0
    return {
      sourceId: s.source_id,
      unitCode: s.unit_code,
      unitName: s.unit_name,
      keyFingerprint: keyFingerprint(s.public_key),
      firstSeenAt: s.first_seen_at,
      lastSeenAt: s.last_seen_at,
      sequences,
      gaps: sequenceGaps(sequences, latest + 1),
      coverage: mine
        .map((r) => {
          const report = JSON.parse(r.report) as MergeReportView
          return { sequence: r.sequence, scope: report.manifest.scope, ...report.coverage }
        })
        .sort((a, b) => a.sequence - b.sequence)
    }
  })
  const open = prepare(
    db,
    'SELECT count(*) AS n FROM merge_conflicts WHERE resolution IS NULL'
  ).get() as { n: number }
  const last = prepare(
    db,
    'SELECT sequence, created_at, scope FROM package_exports ORDER BY sequence DESC LIMIT 1'
  ).get() as { sequence: number; created_at: string; scope: string } | undefined
  return {
    unitCode: getUnit(db)?.code ?? '',
    sources,
    openConflicts: open.n,
    lastExport: last
      ? {
          sequence: last.sequence,
          createdAt: last.created_at,
          scope: JSON.parse(last.scope) as PackageScope
        }
      : null
  }
}
