// Large XLSX exports through exceljs's streaming WorkbookWriter: rows are committed as they are
// written, so a 100,000-case list never sits in memory as a workbook, and the writer yields to the
// event loop every few thousand rows so the host stays responsive and progress can be reported.
// Cells follow the same column kinds as the small deterministic writer (xlsx.ts): yuan columns hold
// fen and are written as yuan with a yuan number format; dates are real dates.
import { PassThrough } from 'node:stream'
import ExcelJS from 'exceljs'
import { checkRowWidth, finite, type ExportCell, type ExportColumn } from './columns'
import { dateSerial, sheetNames } from './xlsx'

export type StreamSheet = {
  name: string
  columns: readonly ExportColumn[]
  rows: Iterable<readonly ExportCell[]>
}

export type StreamOptions = {
  title: string
  createdAt: Date
  /** Called with the number of rows written so far, after each batch. */
  progress?: (rowsWritten: number) => void
  /** Rows between yields to the event loop. */
  batch?: number
}

const YUAN_FORMAT = '#,##0.00"元"'
const DATE_FORMAT = 'yyyy-mm-dd'
const DAY_MS = 86_400_000
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30)

function numberFormat(column: ExportColumn): string | undefined {
  switch (column.kind) {
    case 'yuan':
      return YUAN_FORMAT
    case 'date':
      return DATE_FORMAT
    case 'integer':
      return '0'
    case 'decimal':
      return '0.00'
    case 'text':
      return undefined
  }
}

function cellValue(column: ExportColumn, value: ExportCell | undefined, where: string) {
  if (value === null || value === undefined) return null
  if (typeof value === 'number') {
    finite(value, where)
    switch (column.kind) {
      case 'yuan':
        return value / 100
      case 'text':
        return String(value)
      case 'date':
      case 'integer':
      case 'decimal':
        return value
    }
  }
  if (column.kind === 'date') {
    const serial = dateSerial(value)
    // exceljs writes a Date as the serial of its UTC instant; a calendar date is midnight UTC.
    return serial === null ? value : new Date(EXCEL_EPOCH_MS + serial * DAY_MS)
  }
  return value
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve))

export async function writeXlsxStream(
  sheets: readonly StreamSheet[],
  options: StreamOptions
): Promise<Buffer> {
  const out = new PassThrough()
  const chunks: Buffer[] = []
  out.on('data', (c: Buffer) => chunks.push(c))
  const finished = new Promise<void>((resolve, reject) => {
    out.on('end', resolve)
    out.on('error', reject)
  })
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false
  })
  wb.creator = 'Yardstick'
  wb.title = options.title
  wb.created = options.createdAt
  wb.modified = options.createdAt
  const names = sheetNames(sheets.map((s) => s.name))
  const batch = options.batch ?? 2000
  let written = 0
  for (const [i, sheet] of sheets.entries()) {
    const ws = wb.addWorksheet(names[i], { views: [{ state: 'frozen', ySplit: 1 }] })
    ws.columns = sheet.columns.map((c, j) => {
      const fmt = numberFormat(c)
      return {
        header: c.header,
        key: `c${j}`,
        width: c.width ?? Math.max(10, c.header.length * 2 + 2),
        ...(fmt ? { style: { numFmt: fmt } } : {})
      }
    })
    ws.getRow(1).font = { bold: true }
    ws.getRow(1).commit()
    let n = 0
    for (const row of sheet.rows) {
      const where = `${sheet.name} row ${n + 1}`
      checkRowWidth(row, sheet.columns.length, where)
      ws.addRow(
        sheet.columns.map((c, j) => cellValue(c, row[j], `${where} column ${j + 1}`))
      ).commit()
      n++
      written++
      if (written % batch === 0) {
        options.progress?.(written)
        await tick()
      }
    }
    ws.commit()
  }
  await wb.commit()
  await finished
  options.progress?.(written)
  return Buffer.concat(chunks)
}
