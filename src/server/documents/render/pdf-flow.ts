// Where the next line goes on the PDF's pages, and how one line is set. Positions are absolute: pdfkit's
// text flow would add pages on its own and could not keep the 22-line grid or our line breaks.
import { MARGIN_MM, PAGE_MM, PT_PER_MM } from './geometry'
import type { Measure } from './wrap'

/** The type area in points, from the page's top-left corner. */
export const TYPE_AREA = {
  left: MARGIN_MM.left * PT_PER_MM,
  right: (PAGE_MM.width - MARGIN_MM.right) * PT_PER_MM,
  top: MARGIN_MM.top * PT_PER_MM,
  bottom: (PAGE_MM.height - MARGIN_MM.bottom) * PT_PER_MM
}
export const TYPE_WIDTH = TYPE_AREA.right - TYPE_AREA.left

/** Extra space between characters beyond which a line is left ragged rather than justified, in ems. */
const MAX_JUSTIFY_EMS = 0.5

export type LineStyle = {
  /** Stretch the line to this width by spacing its characters (两端对齐). */
  justifyTo?: number
  /** Faux bold by stroking the outlines too: the embedded face has no bold weight. */
  bold?: boolean
}

export class Flow {
  /** The top of the next line on the current page. */
  y = TYPE_AREA.top

  constructor(readonly doc: PDFKit.PDFDocument) {
    this.newPage()
  }

  newPage(): void {
    const margins = {
      top: TYPE_AREA.top,
      left: TYPE_AREA.left,
      right: MARGIN_MM.right * PT_PER_MM,
      bottom: MARGIN_MM.bottom * PT_PER_MM
    }
    this.doc.addPage({ size: 'A4', margins })
    this.y = TYPE_AREA.top
  }

  /** Moves to a new page unless `height` more points fit here; a fresh page takes anything. */
  ensure(height: number): void {
    if (this.y + height > TYPE_AREA.bottom + 0.01 && this.y > TYPE_AREA.top) this.newPage()
  }

  /** Room left on this page, in points. */
  get room(): number {
    return TYPE_AREA.bottom - this.y
  }

  /** Sets one line in a slot `pitch` high at the current position and moves below it. */
  line(text: string, x: number, size: number, pitch: number, style: LineStyle = {}): void {
    this.ensure(pitch)
    setLine(this.doc, text, x, this.y, size, pitch, style)
    this.y += pitch
  }

  measure(size: number): Measure {
    return (text) => this.doc.fontSize(size).widthOfString(text)
  }
}

/** Sets `text` vertically centred in a slot `pitch` high whose top is `top`. */
export function setLine(
  doc: PDFKit.PDFDocument,
  text: string,
  x: number,
  top: number,
  size: number,
  pitch: number,
  style: LineStyle = {}
): void {
  if (text === '') return
  doc.fontSize(size)
  const y = top + (pitch - doc.currentLineHeight()) / 2
  const chars = [...text].length
  let characterSpacing = 0
  if (style.justifyTo !== undefined && chars > 1) {
    const spare = style.justifyTo - doc.widthOfString(text)
    const each = spare / (chars - 1)
    if (each > 0 && each <= MAX_JUSTIFY_EMS * size) characterSpacing = each
  }
  if (style.bold) doc.lineWidth(size * 0.03).strokeColor('black')
  doc.text(text, x, y, {
    lineBreak: false,
    characterSpacing,
    fill: true,
    stroke: style.bold === true
  })
}
