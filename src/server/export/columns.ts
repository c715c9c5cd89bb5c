// The table shape both exports take (XLSX and CSV), and the conversions they share. Money comes in as
// integer fen, as everywhere in Yardstick, and goes out as yuan, so that a sum in Excel is in yuan.

/**
 * How a column's numbers are written. text: as given (a number becomes its decimal text); integer:
 * a whole number; yuan: the cell holds fen and is written as yuan (fen ÷ 100) to the fen; date: a
 * YYYY-MM-DD string; decimal: a number shown to two decimals.
 */
export type ColumnKind = 'text' | 'integer' | 'yuan' | 'date' | 'decimal'

export type ExportColumn = {
  header: string
  kind: ColumnKind
  /** Width in characters (Excel's unit, about one Latin digit); estimated from the contents if absent. */
  width?: number
}

/** A cell: null is empty. */
export type ExportCell = string | number | null

/** A number a spreadsheet can hold; NaN or ±Infinity in an export is a bug upstream, not data. */
export function finite(n: number, where: string): number {
  if (!Number.isFinite(n)) throw new Error(`export: ${where} is not a finite number (${n})`)
  return n
}

/** Fen as yuan with exactly two decimals, rounded to the fen half away from zero: 123456 → 1234.56. */
export { yuanFixed } from '../../core/discretion/money'

/** A row must not be longer than the header; a shorter one is padded with empty cells. */
export function checkRowWidth(row: readonly ExportCell[], columns: number, where: string): void {
  if (row.length > columns) {
    throw new Error(`export: ${where} has ${row.length} cells for ${columns} columns`)
  }
}
