// A document layout as an A4 PDF in the manner of GB/T 9704, set in one embedded CJK face so that the
// text can be searched and copied. The same layout and createdAt always give the same bytes: every date
// in the file is createdAt, and pdfkit's file ID is a hash of the info dictionary, not random.
import PDFDocument from 'pdfkit'
import type { DocumentLayout } from '../../../core/documents/layout'
import { assertPrintable, type LoadedFont } from './fonts'
import {
  INDENT_EMS,
  PAGE_NUMBER_DROP_MM,
  PITCH_PT,
  PT_PER_MM,
  SIGNATURE_RIGHT_EMS,
  SIZE_PT
} from './geometry'
import {
  endsTitleRun,
  groupBlocks,
  hardLines,
  printableLayout,
  printedTexts,
  type Group
} from './groups'
import { drawFields } from './pdf-fields'
import { Flow, TYPE_AREA, TYPE_WIDTH, setLine } from './pdf-flow'
import { wrap, type Measure } from './wrap'

export type PdfOptions = { font: LoadedFont; createdAt: Date }

const pageNumber = (n: number): string => `— ${n} —`
/** The characters page numbers are made of, checked against the font with the text. */
const PAGE_NUMBER_CHARS = '— 0123456789'

export async function renderPdf(source: DocumentLayout, options: PdfOptions): Promise<Buffer> {
  const layout = printableLayout(source)
  assertPrintable(options.font, [...printedTexts(layout), PAGE_NUMBER_CHARS])
  const doc = new PDFDocument({
    autoFirstPage: false,
    // Page numbers and the footer are set after the text, once the page count is known.
    bufferPages: true,
    // No default font: pdfkit would otherwise load Helvetica's metrics, which nothing here uses.
    font: '',
    // PDF 1.3, pdfkit's default: from 1.4 on it adds an XMP packet with the title pasted in unescaped.
    lang: 'zh-CN',
    displayTitle: true,
    info: {
      Title: layout.title,
      Subject: layout.subject,
      Producer: 'Yardstick',
      Creator: 'Yardstick',
      CreationDate: options.createdAt,
      ModDate: options.createdAt
    }
  })
  const bytes = collect(doc)
  // pdfkit embeds a parsed fontkit face as readily as a file (PDFFontFactory.open checks for
  // `layout`); its typings list only files and buffers. Passing the face avoids re-parsing the file.
  doc.font(options.font.face as unknown as PDFKit.Mixins.PDFFontSource)
  const flow = new Flow(doc)
  const groups = groupBlocks(layout.blocks)
  groups.forEach((group, i) => {
    drawGroup(flow, group)
    if (endsTitleRun(groups, i)) flow.y += PITCH_PT.body / 2
  })
  drawPageFooters(doc, layout.footer)
  doc.end()
  return bytes
}

function drawGroup(flow: Flow, group: Group): void {
  switch (group.kind) {
    case 'title':
      return drawAligned(flow, group.text, 'center', SIZE_PT.title, PITCH_PT.title)
    case 'line':
      return drawAligned(flow, group.text, group.align, SIZE_PT.body, PITCH_PT.body)
    case 'paragraph':
      return drawParagraph(flow, group.text, false)
    case 'heading':
      return drawParagraph(flow, group.text, true)
    case 'fields':
      return drawFields(flow, group.rows)
    case 'signature':
      return drawSignature(flow, group.lines)
  }
}

function drawAligned(
  flow: Flow,
  text: string,
  align: 'center' | 'right' | 'left',
  size: number,
  pitch: number
): void {
  const measure = flow.measure(size)
  for (const line of wrapAll(text, TYPE_WIDTH, measure)) {
    const spare = TYPE_WIDTH - measure(line)
    const x = TYPE_AREA.left + (align === 'left' ? 0 : align === 'right' ? spare : spare / 2)
    flow.line(line, x, size, pitch)
  }
}

/** A body paragraph: first line indented two characters, every line but the last justified. */
function drawParagraph(flow: Flow, text: string, bold: boolean): void {
  const size = SIZE_PT.body
  const indent = INDENT_EMS * size
  const measure = flow.measure(size)
  for (const part of hardLines(text)) {
    const lines = wrap(part, { first: TYPE_WIDTH - indent, rest: TYPE_WIDTH }, measure)
    lines.forEach((line, i) => {
      const x = TYPE_AREA.left + (i === 0 ? indent : 0)
      const justifyTo = i < lines.length - 1 ? TYPE_AREA.right - x : undefined
      flow.line(line, x, size, PITCH_PT.body, { bold, justifyTo })
    })
  }
}

/**
 * The closing block after a blank line: as GB/T 9704 sets 署名 and 成文日期, the lines are centred on
 * each other in a block that stands four characters from the right edge. It is kept on one page.
 */
function drawSignature(flow: Flow, lines: readonly string[]): void {
  const size = SIZE_PT.body
  const measure = flow.measure(size)
  const gap = SIGNATURE_RIGHT_EMS * size
  const fitsWithGap = lines.every((line) => measure(line) <= TYPE_WIDTH - gap)
  const right = TYPE_AREA.right - (fitsWithGap ? gap : 0)
  const set = lines.flatMap((line) => wrapAll(line, right - TYPE_AREA.left, measure))
  const width = Math.max(0, ...set.map(measure))
  flow.ensure((set.length + 1) * PITCH_PT.body)
  if (flow.y > TYPE_AREA.top) flow.y += PITCH_PT.body
  for (const line of set) {
    flow.line(line, right - width + (width - measure(line)) / 2, size, PITCH_PT.body)
  }
}

/** "— n —" centred 7 mm below the type area of every page, the layout's footer in small type below. */
function drawPageFooters(doc: PDFKit.PDFDocument, footer: string | null): void {
  const footerMeasure: Measure = (text) => doc.fontSize(SIZE_PT.footer).widthOfString(text)
  const footerLines = footer === null ? [] : wrapAll(footer, TYPE_WIDTH, footerMeasure)
  const { start, count } = doc.bufferedPageRange()
  for (let i = 0; i < count; i++) {
    doc.switchToPage(start + i)
    let top = TYPE_AREA.bottom + PAGE_NUMBER_DROP_MM * PT_PER_MM
    const number = pageNumber(i + 1)
    const numberWidth = doc.fontSize(SIZE_PT.pageNumber).widthOfString(number)
    setLine(doc, number, centred(numberWidth), top, SIZE_PT.pageNumber, PITCH_PT.pageNumber)
    top += PITCH_PT.pageNumber
    for (const line of footerLines) {
      setLine(doc, line, centred(footerMeasure(line)), top, SIZE_PT.footer, PITCH_PT.footer)
      top += PITCH_PT.footer
    }
  }
}

const centred = (width: number): number => TYPE_AREA.left + (TYPE_WIDTH - width) / 2

function wrapAll(text: string, width: number, measure: Measure): string[] {
  return hardLines(text).flatMap((part) => wrap(part, { first: width, rest: width }, measure))
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = []
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
}
