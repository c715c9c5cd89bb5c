// The annual tables as files: XLSX (three sheets: the penalty table in the published layout — one
// column per type, then 合计 and 罚没金额 — the KPIs, and the notes with the reproducibility stamp),
// CSV (one table with a group column, UTF-8 with BOM for Excel) and PDF (through the document
// renderers). All three print the rows of core/statistics/report-rows.
import { createHash } from 'node:crypto'
import { yuanFixedText } from '../../core/discretion/money'
import type { DocumentBlock, DocumentLayout } from '../../core/documents/layout'
import {
  annualPenaltyRows,
  figureText,
  kpiRows,
  type FigureRow
} from '../../core/statistics/report-rows'
import type { FileContentView } from '../../shared/lifecycle-views'
import type { StatisticsView } from '../../shared/statistics-views'
import type { CallContext } from '../context'
import { renderIssued } from '../documents/render-issued'
import type { ExportCell, ExportColumn } from '../export/columns'
import { csvUtf8Bom } from '../export/csv'
import { writeXlsxStream } from '../export/xlsx-stream'

export const ANNUAL_TITLE = '行政执法统计年报'

function cell(row: FigureRow): ExportCell {
  if (row.value === null) return null
  switch (row.kind) {
    case 'count':
    case 'yuan':
      return row.value
    case 'permille':
    case 'change':
      return row.value / 10
    case 'days':
      return row.value
    case 'tenths':
      return row.value / 10
    case 'flag':
      return row.value === 1 ? '是' : '否'
  }
}

/** Yuan cells stay in the yuan column so Excel sums them in yuan; everything else in the figure column. */
function split(row: FigureRow): [ExportCell, ExportCell] {
  return row.kind === 'yuan' ? [null, cell(row)] : [cell(row), null]
}

const FIGURE_COLUMNS: ExportColumn[] = [
  { header: '分组', kind: 'text', width: 22 },
  { header: '项目', kind: 'text', width: 40 },
  { header: '数值', kind: 'decimal', width: 14 },
  { header: '金额（元）', kind: 'yuan', width: 18 }
]

/** The published layout of 行政处罚实施情况: the types across, one row of figures. */
function penaltySheet(view: StatisticsView): { columns: ExportColumn[]; rows: ExportCell[][] } {
  const rows = annualPenaltyRows(view)
  return {
    columns: rows.map((r) => ({
      header: r.label,
      kind: r.kind === 'yuan' ? 'yuan' : 'integer',
      width: Math.max(10, r.label.length * 2 + 2)
    })),
    rows: [rows.map(cell)]
  }
}

function figureTable(view: StatisticsView): ExportCell[][] {
  const out: ExportCell[][] = []
  for (const row of annualPenaltyRows(view))
    out.push(['行政处罚实施情况', row.label, ...split(row)])
  for (const g of kpiRows(view))
    for (const row of g.rows) out.push([g.group, row.label, ...split(row)])
  return out
}

function notes(view: StatisticsView): ExportCell[][] {
  const m = view.meta
  return [
    ['统计期间', `${m.from} 至 ${m.to}`],
    ['单位', `${m.unitName}（${m.unitCode ?? '全部单位'}）`],
    ['生成时间', m.generatedAt],
    ['数据哈希（SHA-256）', m.dataHash],
    ['软件版本', m.softwareVersion],
    ...view.rules.map((r, i): ExportCell[] => [`统计口径 ${i + 1}`, r])
  ]
}

function file(fileName: string, mediaType: string, content: Buffer): FileContentView {
  return {
    fileName,
    mediaType,
    sha256: createHash('sha256').update(content).digest('hex'),
    contentBase64: content.toString('base64')
  }
}

export function annualLayout(view: StatisticsView): DocumentLayout {
  const m = view.meta
  const field = (row: FigureRow): DocumentBlock => ({
    kind: 'field',
    label: row.label,
    value: figureText(row, yuanFixedText)
  })
  const blocks: DocumentBlock[] = [
    { kind: 'title', text: m.unitName },
    { kind: 'title', text: ANNUAL_TITLE },
    { kind: 'line', text: `统计期间：${m.from} 至 ${m.to}`, align: 'center' },
    { kind: 'heading', text: '一、行政处罚实施情况' },
    ...annualPenaltyRows(view).map(field)
  ]
  const numerals = ['二', '三', '四', '五', '六', '七']
  kpiRows(view).forEach((g, i) => {
    blocks.push({ kind: 'heading', text: `${numerals[i] ?? ''}、${g.group}` }, ...g.rows.map(field))
  })
  blocks.push({ kind: 'heading', text: '统计口径' })
  for (const r of view.rules) blocks.push({ kind: 'paragraph', text: r })
  blocks.push({
    kind: 'paragraph',
    text: `本表由案衡根据案件记录自动生成。生成时间：${m.generatedAt}；软件版本：${m.softwareVersion}；数据哈希（SHA-256）：${m.dataHash}。`
  })
  return {
    title: ANNUAL_TITLE,
    subject: `${m.unitCode ?? '全部单位'} ${m.from}至${m.to}`,
    blocks,
    footer: `案衡 ${m.softwareVersion} · 数据摘要 ${m.dataHash.slice(0, 24)}`
  }
}

export async function annualFile(
  ctx: CallContext,
  view: StatisticsView,
  format: 'xlsx' | 'csv' | 'pdf'
): Promise<FileContentView> {
  const base = `${ANNUAL_TITLE}-${view.meta.unitName}-${view.meta.from}至${view.meta.to}`
  switch (format) {
    case 'pdf': {
      const rendered = await renderIssued(ctx, annualLayout(view), ctx.clock.now())
      return file(`${base}.pdf`, 'application/pdf', rendered.pdf)
    }
    case 'csv':
      return file(
        `${base}.csv`,
        'text/csv; charset=utf-8',
        csvUtf8Bom(FIGURE_COLUMNS, [
          ...figureTable(view),
          ...notes(view).map((n) => ['说明', ...n, null])
        ])
      )
    case 'xlsx': {
      const content = await writeXlsxStream(
        [
          { name: '行政处罚实施情况', ...penaltySheet(view) },
          { name: '主要指标', columns: FIGURE_COLUMNS, rows: figureTable(view) },
          {
            name: '说明',
            columns: [
              { header: '项目', kind: 'text', width: 20 },
              { header: '内容', kind: 'text', width: 100 }
            ],
            rows: notes(view)
          }
        ],
        { title: ANNUAL_TITLE, createdAt: ctx.clock.now() }
      )
      return file(
        `${base}.xlsx`,
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        content
      )
    }
  }
}
