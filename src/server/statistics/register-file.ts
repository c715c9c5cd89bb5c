// The case register as XLSX or CSV, with the list's own filters: every matching case, read page by
// page with the list's keyset query, so the file shows exactly what the register shows.
import { createHash } from 'node:crypto'
import { SOURCE_ZH } from '../../core/cases/vocabulary'
import { STATUS_ZH } from '../../core/lifecycle/guards'
import type { FileContentView } from '../../shared/lifecycle-views'
import type { CaseSummary } from '../../shared/views'
import type Database from 'better-sqlite3'
import { listCaseSummaries, type ListFilter } from '../cases/list'
import type { ExportCell, ExportColumn } from '../export/columns'
import { csvUtf8Bom } from '../export/csv'
import { writeXlsxStream } from '../export/xlsx-stream'

const PAGE = 5_000

const COLUMNS: ExportColumn[] = [
  { header: '案号', kind: 'text', width: 30 },
  { header: '案由', kind: 'text', width: 36 },
  { header: '案件来源', kind: 'text', width: 10 },
  { header: '状态', kind: 'text', width: 10 },
  { header: '发现日期', kind: 'date', width: 12 },
  { header: '立案日期', kind: 'date', width: 12 },
  { header: '当事人', kind: 'text', width: 40 },
  { header: '办案人员', kind: 'text', width: 20 }
]

/** Every case the list's filters select, newest first (the register's order). */
export function registerRows(
  db: Database.Database,
  filter: Omit<ListFilter, 'after' | 'limit'>
): CaseSummary[] {
  const out: CaseSummary[] = []
  let after: ListFilter['after']
  for (;;) {
    const page = listCaseSummaries(db, { ...filter, after, limit: PAGE })
    out.push(...page)
    const last = page.at(-1)
    if (page.length < PAGE || !last) return out
    after = { sortOn: last.filedOn ?? last.discoveredOn, id: last.id }
  }
}

function* cells(rows: readonly CaseSummary[]): Generator<ExportCell[]> {
  for (const c of rows) {
    yield [
      c.caseNumber,
      c.cause,
      SOURCE_ZH[c.source],
      STATUS_ZH[c.status],
      c.discoveredOn,
      c.filedOn,
      c.partyNames.join('、'),
      c.officers.map((o) => o.displayName).join('、')
    ]
  }
}

export async function registerFile(input: {
  rows: readonly CaseSummary[]
  format: 'xlsx' | 'csv'
  unitName: string
  createdAt: Date
  progress: (done: number) => void
}): Promise<FileContentView> {
  const base = `案件登记-${input.unitName}`
  let content: Buffer
  if (input.format === 'csv') {
    content = csvUtf8Bom(COLUMNS, [...cells(input.rows)])
    input.progress(input.rows.length)
  } else {
    content = await writeXlsxStream(
      [{ name: '案件登记', columns: COLUMNS, rows: cells(input.rows) }],
      {
        title: base,
        createdAt: input.createdAt,
        progress: input.progress
      }
    )
  }
  return {
    fileName: `${base}.${input.format}`,
    mediaType:
      input.format === 'csv'
        ? 'text/csv; charset=utf-8'
        : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    sha256: createHash('sha256').update(content).digest('hex'),
    contentBase64: content.toString('base64')
  }
}
