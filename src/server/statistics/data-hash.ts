// The data hash stamped on reports: SHA-256 over the rows a figure was computed from, row by row in
// a stable order, so the same records give the same hash and any changed value changes it.
import type { Hash } from 'node:crypto'

const FIELD = '\u001f'
const ROW = '\u001e'

export function hashRows(hash: Hash, label: string, rows: readonly object[]): void {
  hash.update(`${label}${ROW}${rows.length}${ROW}`)
  for (const row of rows) {
    hash.update(
      Object.values(row)
        .map((v) => (v === null ? '\u0000' : String(v)))
        .join(FIELD)
    )
    hash.update(ROW)
  }
}
