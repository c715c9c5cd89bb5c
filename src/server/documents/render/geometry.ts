// The page both renderers share, after GB/T 9704 (党政机关公文格式): A4, a type area of 156 × 225 mm,
// 三号 body text on a 22-line grid, 二号 title, 四号 page numbers 7 mm below the type area. The PDF
// and the DOCX read the same numbers so that a printed PDF and an edited DOCX look alike.

/** Points per millimetre. */
export const PT_PER_MM = 72 / 25.4

export const PAGE_MM = { width: 210, height: 297 }
export const MARGIN_MM = { top: 37, left: 28, right: 26, bottom: 35 }

/** Font sizes in points: 二号, 三号, 四号 (form cells and page numbers), 小五. */
export const SIZE_PT = { title: 22, body: 16, field: 14, pageNumber: 14, footer: 9 }

/**
 * Line pitch in points. 29 pt puts 22 body lines in the 225 mm type area, GB/T 9704's grid; Word
 * templates for 公文 write the same as 固定值 29 磅.
 */
export const PITCH_PT = { title: 36, body: 29, field: 22, pageNumber: 17.5, footer: 12 }

/** Body paragraphs start two characters in; the signature block stands four characters from the right. */
export const INDENT_EMS = 2
export const SIGNATURE_RIGHT_EMS = 4

/** The page number's top edge sits this far below the type area (GB/T 9704 7.5). */
export const PAGE_NUMBER_DROP_MM = 7

/** Inner padding of a form-table cell, in points. */
export const CELL_PAD_PT = { x: 5, y: 4 }

/** The label column of a form table: wide enough for the longest label, within these shares of the row. */
const LABEL_SHARE = { min: 0.2, max: 0.4 }

/**
 * Width of text in ems, counting East-Asian (full-width) characters as one and the rest as a half. The
 * DOCX renderer has no font metrics, and both renderers size the label column from it, so they agree.
 */
export function emWidth(text: string): number {
  let ems = 0
  for (const ch of text) ems += isWide(ch) ? 1 : 0.5
  return ems
}

function isWide(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    cp >= 0x20000 ||
    cp === 0x2014 ||
    cp === 0x2026
  )
}

/** Width in points of the label column of a form table whose rows are `contentWidth` points wide. */
export function labelColumnWidth(labels: readonly string[], contentWidth: number): number {
  const longest = Math.max(0, ...labels.map(emWidth))
  const wanted = longest * SIZE_PT.field + 2 * CELL_PAD_PT.x + 2
  return Math.min(contentWidth * LABEL_SHARE.max, Math.max(contentWidth * LABEL_SHARE.min, wanted))
}
