// A run of field rows as a ruled two-column table (审批表, 送达回证). A row that does not fit moves to
// the next page; a row taller than a page is split, its label printed on the first part only.
import { CELL_PAD_PT, PITCH_PT, SIZE_PT, labelColumnWidth } from './geometry'
import { hardLines, type FieldRow } from './groups'
import { TYPE_AREA, TYPE_WIDTH, setLine, type Flow } from './pdf-flow'
import { wrap } from './wrap'

const RULE_PT = 0.75
/** Air above and below the table, in points. */
const TABLE_GAP_PT = 8

export function drawFields(flow: Flow, rows: readonly FieldRow[]): void {
  const labelWidth = labelColumnWidth(
    rows.map((r) => r.label),
    TYPE_WIDTH
  )
  const measure = flow.measure(SIZE_PT.field)
  const cellLines = (text: string, width: number) => {
    const inner = width - 2 * CELL_PAD_PT.x
    return hardLines(text).flatMap((line) => wrap(line, { first: inner, rest: inner }, measure))
  }
  flow.y += flow.y > TYPE_AREA.top ? TABLE_GAP_PT : 0
  for (const row of rows) {
    let label = cellLines(row.label, labelWidth)
    let value = cellLines(row.value, TYPE_WIDTH - labelWidth)
    const rowHeight = (n: number) => n * PITCH_PT.field + 2 * CELL_PAD_PT.y
    // A row that fits on a page starts on one; a longer one starts here and continues overleaf.
    const full = rowHeight(Math.max(label.length, value.length))
    flow.ensure(full <= TYPE_AREA.bottom - TYPE_AREA.top ? full : rowHeight(2))
    for (;;) {
      const fit = Math.max(1, Math.floor((flow.room - 2 * CELL_PAD_PT.y) / PITCH_PT.field))
      const lines = Math.max(label.length, value.length)
      const part = Math.min(lines, fit)
      drawRow(flow, labelWidth, label.slice(0, part), value.slice(0, part), rowHeight(part))
      if (part === lines) break
      label = label.slice(part)
      value = value.slice(part)
      flow.newPage()
    }
  }
  flow.y += TABLE_GAP_PT
}

function drawRow(
  flow: Flow,
  labelWidth: number,
  label: readonly string[],
  value: readonly string[],
  height: number
): void {
  const { doc } = flow
  const top = flow.y
  const set = (lines: readonly string[], x: number) =>
    lines.forEach((line, i) => {
      const y = top + CELL_PAD_PT.y + i * PITCH_PT.field
      setLine(doc, line, x + CELL_PAD_PT.x, y, SIZE_PT.field, PITCH_PT.field)
    })
  set(label, TYPE_AREA.left)
  set(value, TYPE_AREA.left + labelWidth)
  // Each row draws its full frame; the shared edges of neighbouring rows coincide.
  doc.lineWidth(RULE_PT).strokeColor('black')
  doc.rect(TYPE_AREA.left, top, TYPE_WIDTH, height).stroke()
  doc
    .moveTo(TYPE_AREA.left + labelWidth, top)
    .lineTo(TYPE_AREA.left + labelWidth, top + height)
    .stroke()
  flow.y = top + height
}
