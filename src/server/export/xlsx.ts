// A minimal XLSX (SpreadsheetML) writer: tables of text and numbers with a bold, frozen header row,
// column widths and number formats, and nothing else (no formulas, merged cells, shared strings or
// themes). It writes the XML itself and zips it with fflate, so it needs no spreadsheet library, and the
// same input always gives the same bytes: the parts are in a fixed order, the zip entries carry a
// fixed time and the only date inside is meta.createdAt.
//
// Cells, by column kind (see ColumnKind):
// - text: an inline string (t="inlineStr"); a number is written as its decimal text.
// - integer, decimal: a number, formatted 0 and 0.00 (built-in formats 1 and 2).
// - yuan: the cell holds integer fen and is written as the number of yuan (fen ÷ 100), formatted
//   #,##0.00"元", so that Excel's sums and averages are in yuan. Fractional fen are kept as given.
// - date: a YYYY-MM-DD string is written as a real date (the 1900 date system's serial number, format
//   yyyy-mm-dd), so that the column sorts and filters as dates in Excel and WPS; a number is taken to
//   be a serial already; any other string, or a date before 1900-03-01 (where Excel's serials are off
//   by Lotus's leap-year bug), is written as text.
// In any column a string that is not a date is written as text, and null leaves the cell empty.
//
// Text is XML-escaped, characters XML 1.0 does not allow (control characters, lone surrogates,
// U+FFFE/U+FFFF) are dropped, and a cell's text is cut at Excel's limit of 32,767 characters.
import { strToU8, zipSync, type Zippable } from 'fflate'
import { checkRowWidth, finite, type ExportCell, type ExportColumn } from './columns'

export type { ColumnKind, ExportCell, ExportColumn } from './columns'

export type XlsxSheet = {
  /** Made valid if needed: see sheetNames. */
  name: string
  columns: readonly ExportColumn[]
  rows: readonly (readonly ExportCell[])[]
}

export type XlsxMeta = {
  /** The workbook's document title (docProps/core.xml). */
  title: string
  /** Stamped as the created and modified dates of the workbook. */
  createdAt: Date
}

/**
 * Zip entries' DOS timestamps are local time; fflate reads them off a Date with local getters, so a
 * Date built from local fields gives 1980-01-01 00:00, the DOS epoch, in every time zone.
 */
const ZIP_MTIME = new Date(1980, 0, 1, 0, 0, 0)

/** Excel's limits. */
const MAX_ROWS = 1_048_576
const MAX_COLUMNS = 16_384
const MAX_CELL_TEXT = 32_767
const MAX_SHEET_NAME = 31
const MAX_WIDTH = 255

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships'
const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

/** Indices into cellXfs of styles.xml. */
const STYLE = { default: 0, header: 1, integer: 2, decimal: 3, yuan: 4, date: 5 } as const

/** Characters outside XML 1.0's Char production, including lone surrogates (matched as code points). */
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu
/** Anything that may need work: markup, control characters, surrogates (paired ones too), U+FFFE/F. */
// eslint-disable-next-line no-control-regex
const SUSPECT = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

/** Text safe for XML 1.0 element content and double-quoted attributes. */
export function xmlText(text: string): string {
  // Most cells need nothing; the test is much cheaper than the replacements.
  if (!SUSPECT.test(text)) return text
  return text.replace(INVALID_XML, '').replace(/[&<>"]/g, (c) => ESCAPES[c] as string)
}

/** At most `max` UTF-16 units, not splitting a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text
  const code = text.charCodeAt(max - 1)
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max)
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name
  }
  return name
}

const FORBIDDEN_IN_NAME = /[[\]:*?/\\]/g

/**
 * Valid, distinct sheet names: characters Excel forbids ([]:*?/\) and XML-invalid ones replaced or
 * dropped, no apostrophe at either end, at most 31 characters, never empty (Sheet1, Sheet2…) nor
 * Excel's reserved History, and unique ignoring case (a repeat gets (2), (3)… within the 31).
 */
export function sheetNames(names: readonly string[]): string[] {
  const taken = new Set<string>(['history'])
  const tidy = (name: string) =>
    name
      .trim()
      .replace(/^'+|'+$/g, '')
      .trim()
  return names.map((raw, i) => {
    const clean = tidy(raw.replace(INVALID_XML, '').replace(/[\t\n\r]/g, ''))
    const base = tidy(cut(clean.replace(FORBIDDEN_IN_NAME, '_'), MAX_SHEET_NAME)) || `Sheet${i + 1}`
    let name = base
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`
      name = cut(base, MAX_SHEET_NAME - suffix.length) + suffix
    }
    taken.add(name.toLowerCase())
    return name
  })
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const DAY_MS = 86_400_000
/** Day 0 of Excel's 1900 date system, as it counts from 1900-03-01 on. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30)
/** 1900-03-01: earlier serials are shifted by the phantom 1900-02-29. */
const FIRST_SAFE_SERIAL = 61

/** 2025-06-30 → 45838; null for anything that is not a calendar date from 1900-03-01 on. */
export function dateSerial(text: string): number | null {
  const m = DATE.exec(text)
  if (!m) return null
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const t = Date.UTC(y, mo - 1, d)
  const back = new Date(t)
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    return null
  }
  const serial = (t - EXCEL_EPOCH_MS) / DAY_MS
  return serial >= FIRST_SAFE_SERIAL ? serial : null
}

/** Leading or trailing whitespace, which Excel keeps only under xml:space="preserve". */
function edgeSpace(text: string): boolean {
  return text.length > 0 && (text.charCodeAt(0) <= 32 || text.charCodeAt(text.length - 1) <= 32)
}

function inlineString(ref: string, text: string, style: number): string {
  const t = xmlText(cut(text, MAX_CELL_TEXT))
  return (
    `<c r="${ref}"${style ? ` s="${style}"` : ''} t="inlineStr"><is>` +
    (edgeSpace(t) ? `<t xml:space="preserve">${t}</t>` : `<t>${t}</t>`) +
    '</is></c>'
  )
}

const numberCell = (ref: string, value: number, style: number) =>
  `<c r="${ref}" s="${style}"><v>${String(value)}</v></c>`

/** Where a bad value is, for the error message. */
const at = (sheet: string, ref: string) => `sheet ${sheet} cell ${ref}`

function cellXml(
  column: ExportColumn,
  value: Exclude<ExportCell, null>,
  ref: string,
  sheet: string
): string {
  if (typeof value === 'string') {
    if (column.kind === 'date') {
      const serial = dateSerial(value)
      if (serial !== null) return numberCell(ref, serial, STYLE.date)
    }
    return inlineString(ref, value, STYLE.default)
  }
  if (!Number.isFinite(value)) finite(value, at(sheet, ref))
  switch (column.kind) {
    case 'text':
      return inlineString(ref, String(value), STYLE.default)
    case 'integer':
      return numberCell(ref, value, STYLE.integer)
    case 'decimal':
      return numberCell(ref, value, STYLE.decimal)
    case 'yuan':
      // For integer fen the quotient is the double nearest the decimal, so it prints as 1234.56.
      return numberCell(ref, value / 100, STYLE.yuan)
    case 'date':
      return numberCell(ref, value, STYLE.date)
  }
}

/** Display width in Excel's character units: CJK and full-width characters count two. */
function textWidth(text: string): number {
  let w = text.length
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    // A surrogate pair already counts two.
    if (c >= 0x2e80 && (c < 0xd800 || c > 0xdfff)) w++
  }
  return w
}

function shownWidth(column: ExportColumn, value: Exclude<ExportCell, null>): number {
  if (typeof value === 'string') return column.kind === 'date' ? 10 : textWidth(value)
  switch (column.kind) {
    case 'yuan': {
      const digits = String(Math.trunc(Math.abs(value) / 100)).length
      // #,##0.00"元": digits, separators, sign, decimals, the wide 元.
      return digits + Math.floor((digits - 1) / 3) + (value < 0 ? 1 : 0) + 3 + 2
    }
    case 'decimal':
      return value.toFixed(2).length
    case 'date':
      return 10
    default:
      return String(value).length
  }
}

/** The given width, or one fitting the header and the contents, between 8 and 60 characters. */
function columnWidth(sheet: XlsxSheet, c: number): number {
  const column = sheet.columns[c] as ExportColumn
  if (column.width !== undefined)
    return Math.min(MAX_WIDTH, Math.max(0, finite(column.width, 'a width')))
  let widest = textWidth(column.header)
  for (const row of sheet.rows) {
    const v = row[c]
    if (v !== null && v !== undefined && !(typeof v === 'number' && !Number.isFinite(v))) {
      widest = Math.max(widest, shownWidth(column, v))
    }
  }
  return Math.min(60, Math.max(8, widest + 2))
}

/** UTF-8 bytes built from many small strings, encoded in slices so no huge string is ever made. */
class Utf8Builder {
  private readonly chunks: Uint8Array[] = []
  private length = 0
  private text = ''

  add(text: string): void {
    this.text += text
    if (this.text.length >= 1 << 16) this.flush()
  }

  private flush(): void {
    if (this.text === '') return
    const bytes = strToU8(this.text)
    this.chunks.push(bytes)
    this.length += bytes.length
    this.text = ''
  }

  bytes(): Uint8Array {
    this.flush()
    if (this.chunks.length === 1) return this.chunks[0] as Uint8Array
    const out = new Uint8Array(this.length)
    let offset = 0
    for (const chunk of this.chunks) {
      out.set(chunk, offset)
      offset += chunk.length
    }
    return out
  }
}

function sheetXml(sheet: XlsxSheet, name: string, first: boolean): Uint8Array {
  const { columns, rows } = sheet
  if (columns.length > MAX_COLUMNS) throw new Error(`xlsx: sheet ${name} has too many columns`)
  if (rows.length + 1 > MAX_ROWS) throw new Error(`xlsx: sheet ${name} has too many rows`)
  const names = columns.map((_, c) => columnName(c))
  const out = new Utf8Builder()
  out.add(
    XML_DECL +
      `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
      `<dimension ref="A1${columns.length > 0 ? `:${names.at(-1)}${rows.length + 1}` : ''}"/>` +
      `<sheetViews><sheetView${first ? ' tabSelected="1"' : ''} workbookViewId="0">` +
      '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
      '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>' +
      '</sheetView></sheetViews>' +
      '<sheetFormatPr defaultRowHeight="15"/>'
  )
  if (columns.length > 0) {
    out.add('<cols>')
    columns.forEach((_, c) => {
      const width = columnWidth(sheet, c)
      out.add(`<col min="${c + 1}" max="${c + 1}" width="${width}" customWidth="1"/>`)
    })
    out.add('</cols>')
  }
  out.add('<sheetData><row r="1">')
  columns.forEach((col, c) => out.add(inlineString(`${names[c]}1`, col.header, STYLE.header)))
  out.add('</row>')
  // The hot loop of a large export: one string per row, no closures per cell.
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as readonly ExportCell[]
    const r = i + 2
    if (row.length > columns.length) checkRowWidth(row, columns.length, `sheet ${name} row ${r}`)
    out.add(`<row r="${r}">`)
    for (let c = 0; c < row.length; c++) {
      const value = row[c]
      if (value === null || value === undefined) continue
      out.add(cellXml(columns[c] as ExportColumn, value, `${names[c]}${r}`, name))
    }
    out.add('</row>')
  }
  out.add('</sheetData></worksheet>')
  return out.bytes()
}

const STYLES =
  XML_DECL +
  `<styleSheet xmlns="${NS_MAIN}">` +
  '<numFmts count="2">' +
  '<numFmt numFmtId="164" formatCode="#,##0.00&quot;元&quot;"/>' +
  '<numFmt numFmtId="165" formatCode="yyyy-mm-dd"/>' +
  '</numFmts>' +
  '<fonts count="2">' +
  '<font><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font>' +
  '<font><b/><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font>' +
  '</fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill>' +
  '<fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="6">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '</cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>'

function contentTypes(sheets: number): string {
  const sheetTypes = Array.from(
    { length: sheets },
    (_, i) =>
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/` +
      'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
  ).join('')
  return (
    XML_DECL +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/' +
    'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    sheetTypes +
    '<Override PartName="/xl/styles.xml" ContentType="application/' +
    'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/docProps/core.xml" ContentType="application/' +
    'vnd.openxmlformats-package.core-properties+xml"/>' +
    '</Types>'
  )
}

const ROOT_RELS =
  XML_DECL +
  `<Relationships xmlns="${NS_PKG_REL}">` +
  `<Relationship Id="rId1" Type="${REL_TYPE}/officeDocument" Target="xl/workbook.xml"/>` +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/' +
  'metadata/core-properties" Target="docProps/core.xml"/>' +
  '</Relationships>'

function coreXml(meta: XlsxMeta): string {
  // W3CDTF without milliseconds, as Excel writes it.
  const stamp = meta.createdAt.toISOString().replace(/\.\d{3}Z$/, 'Z')
  return (
    XML_DECL +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/"' +
    ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xmlText(meta.title)}</dc:title>` +
    '<dc:creator>案衡 Yardstick</dc:creator>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>` +
    '</cp:coreProperties>'
  )
}

function workbookXml(names: readonly string[]): string {
  const sheets = names
    .map((name, i) => `<sheet name="${xmlText(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('')
  return (
    XML_DECL +
    `<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    '<bookViews><workbookView activeTab="0"/></bookViews>' +
    `<sheets>${sheets}</sheets>` +
    '</workbook>'
  )
}

function workbookRels(sheets: number): string {
  const rels = Array.from(
    { length: sheets },
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="${REL_TYPE}/worksheet" ` +
      `Target="worksheets/sheet${i + 1}.xml"/>`
  )
  rels.push(`<Relationship Id="rId${sheets + 1}" Type="${REL_TYPE}/styles" Target="styles.xml"/>`)
  return XML_DECL + `<Relationships xmlns="${NS_PKG_REL}">${rels.join('')}</Relationships>`
}

/** The workbook as .xlsx bytes; identical input gives identical bytes. */
export function writeXlsx(sheets: readonly XlsxSheet[], meta: XlsxMeta): Buffer {
  if (sheets.length === 0) throw new Error('xlsx: a workbook needs at least one sheet')
  const names = sheetNames(sheets.map((s) => s.name))
  // [Content_Types].xml first: tools that sniff a file's type look for it there.
  const parts: Zippable = {
    '[Content_Types].xml': strToU8(contentTypes(sheets.length)),
    '_rels/.rels': strToU8(ROOT_RELS),
    'docProps/core.xml': strToU8(coreXml(meta)),
    'xl/workbook.xml': strToU8(workbookXml(names)),
    'xl/_rels/workbook.xml.rels': strToU8(workbookRels(sheets.length)),
    'xl/styles.xml': strToU8(STYLES)
  }
  sheets.forEach((sheet, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] = sheetXml(sheet, names[i] as string, i === 0)
  })
  return Buffer.from(zipSync(parts, { mtime: ZIP_MTIME, level: 6 }))
}
