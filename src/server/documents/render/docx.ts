// A document layout as an editable DOCX with the PDF's page and structure: A4 with GB/T 9704 margins,
// 三号 body text on a 29 pt grid, centred titles, indented justified paragraphs, fields as a two-column
// table, the signature block right, "— n —" page numbers. Fonts are named, not embedded: Word and WPS
// use the machine's 仿宋/宋体 (see docx-fonts.ts).
import {
  AlignmentType,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type FileChild
} from 'docx'
import type { DocumentLayout } from '../../../core/documents/layout'
import { BODY_FONT, LATIN_FONT, TITLE_FONT, fontTableXml, runFonts } from './docx-fonts'
import { reproduciblePackage } from './docx-package'
import {
  CELL_PAD_PT,
  INDENT_EMS,
  MARGIN_MM,
  PAGE_MM,
  PAGE_NUMBER_DROP_MM,
  PITCH_PT,
  PT_PER_MM,
  SIGNATURE_RIGHT_EMS,
  SIZE_PT,
  emWidth,
  labelColumnWidth
} from './geometry'
import {
  endsTitleRun,
  groupBlocks,
  hardLines,
  printableLayout,
  type FieldRow,
  type Group
} from './groups'

export type DocxOptions = {
  createdAt: Date
  /** The East-Asian body font; 仿宋_GB2312 by default. */
  fontName?: string
}

/** Word measures in twentieths of a point (twips) and font sizes in half-points. */
const twips = (pt: number): number => Math.round(pt * 20)
const mm = (millimetres: number): number => twips(millimetres * PT_PER_MM)
const halfPoints = (pt: number): number => pt * 2
const exactly = (pt: number) => ({ line: twips(pt), lineRule: LineRuleType.EXACT })

const TYPE_WIDTH_PT = (PAGE_MM.width - MARGIN_MM.left - MARGIN_MM.right) * PT_PER_MM

export async function renderDocx(source: DocumentLayout, options: DocxOptions): Promise<Buffer> {
  const layout = printableLayout(source)
  const bodyFont = options.fontName ?? BODY_FONT
  const groups = groupBlocks(layout.blocks)
  const children = groups.flatMap((group, i) => blockParts(group, endsTitleRun(groups, i)))
  const doc = new Document({
    creator: 'Yardstick',
    lastModifiedBy: 'Yardstick',
    title: layout.title,
    subject: layout.subject,
    revision: 1,
    styles: {
      default: {
        document: {
          run: { font: runFonts(bodyFont), size: halfPoints(SIZE_PT.body) },
          paragraph: { spacing: exactly(PITCH_PT.body) }
        }
      }
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(PAGE_MM.width), height: mm(PAGE_MM.height) },
            margin: {
              top: mm(MARGIN_MM.top),
              right: mm(MARGIN_MM.right),
              bottom: mm(MARGIN_MM.bottom),
              left: mm(MARGIN_MM.left),
              header: mm(15),
              footer: footerDistance(layout.footer)
            }
          }
        },
        footers: { default: pageFooter(layout.footer) },
        children
      }
    ]
  })
  const fontTable = fontTableXml([bodyFont, TITLE_FONT, LATIN_FONT])
  const packed = await Packer.toBuffer(doc, false, [
    { path: 'word/fontTable.xml', data: fontTable }
  ])
  return reproduciblePackage(packed, options.createdAt)
}

function blockParts(group: Group, endsTitles: boolean): FileChild[] {
  switch (group.kind) {
    case 'title':
      return hardLines(group.text).map(
        (text) =>
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: {
              ...exactly(PITCH_PT.title),
              after: endsTitles ? twips(PITCH_PT.body / 2) : 0
            },
            keepNext: true,
            children: [
              new TextRun({
                text,
                bold: true,
                size: halfPoints(SIZE_PT.title),
                font: runFonts(TITLE_FONT)
              })
            ]
          })
      )
    case 'line':
      return hardLines(group.text).map(
        (text) =>
          new Paragraph({ alignment: ALIGN[group.align], children: [new TextRun({ text })] })
      )
    case 'paragraph':
    case 'heading':
      return hardLines(group.text).map(
        (text) =>
          new Paragraph({
            alignment: AlignmentType.BOTH,
            // Word and WPS keep firstLineChars when the font changes; firstLine is for other readers.
            indent: {
              firstLineChars: INDENT_EMS * 100,
              firstLine: twips(INDENT_EMS * SIZE_PT.body)
            },
            // A heading stays with the paragraph it introduces.
            ...(group.kind === 'heading' ? { keepNext: true } : {}),
            children: [new TextRun(group.kind === 'heading' ? { text, bold: true } : { text })]
          })
      )
    case 'fields':
      return [fieldTable(group.rows), new Paragraph({ spacing: exactly(8) })]
    case 'signature':
      return signature(group.lines)
  }
}

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT
} as const

function fieldTable(rows: readonly FieldRow[]): Table {
  const labelWidth = twips(
    labelColumnWidth(
      rows.map((r) => r.label),
      TYPE_WIDTH_PT
    )
  )
  const total = twips(TYPE_WIDTH_PT)
  const cell = (text: string, width: number) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      margins: {
        top: twips(CELL_PAD_PT.y),
        bottom: twips(CELL_PAD_PT.y),
        left: twips(CELL_PAD_PT.x),
        right: twips(CELL_PAD_PT.x)
      },
      children: hardLines(text).map(
        (line) =>
          new Paragraph({
            spacing: exactly(PITCH_PT.field),
            children: [new TextRun({ text: line, size: halfPoints(SIZE_PT.field) })]
          })
      )
    })
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: [labelWidth, total - labelWidth],
    layout: TableLayoutType.FIXED,
    rows: rows.map(
      (row) =>
        new TableRow({
          children: [cell(row.label, labelWidth), cell(row.value, total - labelWidth)]
        })
    )
  })
}

/**
 * After a blank line, the closing lines centred on each other in a block four characters from the
 * right edge, as in the PDF. Word has no metrics here, so the block's width is estimated in ems.
 */
function signature(lines: readonly string[]): Paragraph[] {
  const set = lines.flatMap(hardLines)
  const size = SIZE_PT.body
  const widest = Math.max(0, ...set.map(emWidth)) * size
  const gap = widest <= TYPE_WIDTH_PT - SIGNATURE_RIGHT_EMS * size ? SIGNATURE_RIGHT_EMS * size : 0
  const left = Math.max(0, TYPE_WIDTH_PT - gap - widest)
  return set.map(
    (text, i) =>
      new Paragraph({
        alignment: AlignmentType.CENTER,
        indent: { left: twips(left), right: twips(gap) },
        spacing: { ...exactly(PITCH_PT.body), before: i === 0 ? twips(PITCH_PT.body) : 0 },
        // The block stays on one page.
        ...(i < set.length - 1 ? { keepNext: true } : {}),
        keepLines: true,
        children: [new TextRun({ text })]
      })
  )
}

/**
 * Word places the footer by its bottom edge's distance from the paper's edge; this puts the page
 * number's top 7 mm below the type area, as in the PDF, with the footer lines under it.
 */
function footerDistance(footer: string | null): number {
  const lines = footer === null ? 0 : hardLines(footer).length
  const height = PITCH_PT.pageNumber + lines * PITCH_PT.footer
  return Math.max(0, mm(MARGIN_MM.bottom - PAGE_NUMBER_DROP_MM) - twips(height))
}

function pageFooter(footer: string | null): Footer {
  const number = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: exactly(PITCH_PT.pageNumber),
    children: [
      new TextRun({
        children: ['— ', PageNumber.CURRENT, ' —'],
        size: halfPoints(SIZE_PT.pageNumber),
        font: runFonts(TITLE_FONT)
      })
    ]
  })
  const notes = (footer === null ? [] : hardLines(footer)).map(
    (text) =>
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: exactly(PITCH_PT.footer),
        children: [new TextRun({ text, size: halfPoints(SIZE_PT.footer) })]
      })
  )
  return new Footer({ children: [number, ...notes] })
}
