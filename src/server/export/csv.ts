// CSV for Excel: UTF-8 with a byte-order mark (without it Excel on a Chinese Windows reads the file as
// GBK and shows mojibake), CRLF line ends, and RFC 4180 quoting (a field with a comma, a quote, CR or
// LF is quoted, its quotes doubled). Every record has as many fields as there are columns.
//
// Numbers are written by column kind as in the XLSX export: yuan columns hold fen and are written as
// yuan with two decimals (123456 → 1234.56); other numbers as their shortest decimal text. Strings are
// written as given, except that by default one that Excel would run as a formula (starting with =, +,
// -, @, tab or CR) gets a leading apostrophe, as OWASP advises against CSV injection: a party's name
// is user input.
import { checkRowWidth, finite, yuanFixed, type ColumnKind, type ExportCell } from './columns'

export type CsvColumn = { header: string; kind?: ColumnKind }

export type CsvOptions = {
  /** Prefix strings that start like a formula with an apostrophe; default true. */
  guardFormulas?: boolean
}

const BOM = '\uFEFF'
const NEEDS_QUOTES = /[",\r\n]/
const FORMULA_START = /^[=+\-@\t\r]/

function field(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

function cellText(
  kind: ColumnKind,
  value: ExportCell | undefined,
  guard: boolean,
  where: () => string
): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return guard && FORMULA_START.test(value) ? `'${value}` : value
  finite(value, where())
  return kind === 'yuan' ? yuanFixed(value) : String(value)
}

/** The table as CSV bytes: BOM, header line, then one CRLF-terminated record per row. */
export function csvUtf8Bom(
  columns: readonly CsvColumn[],
  rows: readonly (readonly ExportCell[])[],
  options: CsvOptions = {}
): Buffer {
  const guard = options.guardFormulas ?? true
  const lines: string[] = [columns.map((c) => field(c.header)).join(',')]
  rows.forEach((row, i) => {
    const where = `row ${i + 1}`
    checkRowWidth(row, columns.length, where)
    lines.push(
      columns
        .map((c, j) =>
          field(cellText(c.kind ?? 'text', row[j], guard, () => `${where} column ${j + 1}`))
        )
        .join(',')
    )
  })
  return Buffer.from(BOM + lines.join('\r\n') + '\r\n', 'utf8')
}
