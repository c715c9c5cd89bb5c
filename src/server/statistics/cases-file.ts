// The list of cases behind a figure as XLSX (streaming, with progress) or CSV, with the columns the
// user chose (or all), and a notes sheet with the reproducibility stamp.
import { createHash } from 'node:crypto'
import {
  DRILL_COLUMNS,
  DRILL_COLUMN_ZH,
  type DrillColumn
} from '../../core/statistics/drill-columns'
import { CASE_METRIC_ZH, type CaseMetric } from '../../core/statistics/metrics'
import type { FileContentView } from '../../shared/lifecycle-views'
import type { DrillRow, ReproducibilityView } from '../../shared/statistics-views'
import type { ExportCell, ExportColumn } from '../export/columns'
import { csvUtf8Bom } from '../export/csv'
import { writeXlsxStream } from '../export/xlsx-stream'

function column(c: DrillColumn): ExportColumn {
  const header = DRILL_COLUMN_ZH[c]
  switch (c) {
    case 'filedOn':
    case 'decidedOn':
      return { header, kind: 'date', width: 12 }
    case 'fine':
    case 'finesAndConfiscations':
      return { header, kind: 'yuan', width: 16 }
    case 'caseNumber':
      return { header, kind: 'text', width: 30 }
    case 'cause':
    case 'item':
      return { header, kind: 'text', width: 36 }
    case 'outcome':
      return { header, kind: 'text', width: 24 }
    case 'unit':
      return { header, kind: 'text', width: 20 }
  }
}

function value(r: DrillRow, c: DrillColumn): ExportCell {
  switch (c) {
    case 'caseNumber':
      return r.caseNumber
    case 'cause':
      return r.cause
    case 'item':
      return r.itemName
    case 'filedOn':
      return r.filedOn
    case 'decidedOn':
      return r.decidedOn
    case 'outcome':
      return r.outcome
    case 'fine':
      return r.fineFen
    case 'finesAndConfiscations':
      return r.finesAndConfiscationsFen
    case 'unit':
      return r.unitCode
  }
}

function* cells(rows: readonly DrillRow[], columns: readonly DrillColumn[]) {
  for (const r of rows) yield columns.map((c) => value(r, c))
}

export async function casesFile(input: {
  metric: CaseMetric
  rows: readonly DrillRow[]
  columns: readonly DrillColumn[] | undefined
  format: 'xlsx' | 'csv'
  meta: ReproducibilityView
  createdAt: Date
  progress: (done: number) => void
}): Promise<FileContentView> {
  const chosen = input.columns ?? DRILL_COLUMNS
  const columns = chosen.map(column)
  const m = input.meta
  const base = `${CASE_METRIC_ZH[input.metric]}-案件清单-${m.from}至${m.to}`
  let content: Buffer
  let mediaType: string
  if (input.format === 'csv') {
    content = csvUtf8Bom(columns, [...cells(input.rows, chosen)])
    input.progress(input.rows.length)
    mediaType = 'text/csv; charset=utf-8'
  } else {
    const notes: ExportCell[][] = [
      ['统计项目', CASE_METRIC_ZH[input.metric]],
      ['统计期间', `${m.from} 至 ${m.to}`],
      ['单位', `${m.unitName}（${m.unitCode ?? '全部单位'}）`],
      ['案件数', String(input.rows.length)],
      ['生成时间', m.generatedAt],
      ['数据哈希（SHA-256）', m.dataHash],
      ['软件版本', m.softwareVersion]
    ]
    content = await writeXlsxStream(
      [
        { name: '案件清单', columns, rows: cells(input.rows, chosen) },
        {
          name: '说明',
          columns: [
            { header: '项目', kind: 'text', width: 20 },
            { header: '内容', kind: 'text', width: 80 }
          ],
          rows: notes
        }
      ],
      { title: base, createdAt: input.createdAt, progress: input.progress }
    )
    mediaType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
  }
  return {
    fileName: `${base}.${input.format}`,
    mediaType,
    sha256: createHash('sha256').update(content).digest('hex'),
    contentBase64: content.toString('base64')
  }
}
