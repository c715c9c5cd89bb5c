import { spawnSync } from 'node:child_process'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { columnName, dateSerial, sheetNames, writeXlsx, xmlText, type XlsxSheet } from './xlsx'

const META = { title: '一致性报告 <2025> & 附表', createdAt: new Date('2026-01-05T08:30:00.123Z') }

const CASES: XlsxSheet = {
  name: '异常案件',
  columns: [
    { header: '案号', kind: 'text', width: 30 },
    { header: '决定日期', kind: 'date' },
    { header: '罚款', kind: 'yuan' },
    { header: '案件数', kind: 'integer' },
    { header: '裁量位置', kind: 'decimal' }
  ],
  rows: [
    ['示市监处罚〔2025〕5号', '2025-06-30', 123_456, 3, 0.95],
    ['当事人<甲>&乙', '2025-02-30', null, 0, -0.1],
    [' 前后有空格 ', null, 5, null, null],
    ['控制\u0001字符\uFFFE与\uD800孤立代理😀', 'not a date', -250],
    [42, 45_838, 7_500_012.5, 12, 1 / 3]
  ]
}

const parts = (xlsx: Buffer) => unzipSync(new Uint8Array(xlsx))
const part = (xlsx: Buffer, name: string) => {
  const p = parts(xlsx)[name]
  if (!p) throw new Error(`no part ${name}`)
  return strFromU8(p)
}

describe('writeXlsx', () => {
  const xlsx = writeXlsx([CASES, { name: '汇总', columns: [], rows: [] }], META)
  const sheet = part(xlsx, 'xl/worksheets/sheet1.xml')

  it('writes the package parts, [Content_Types].xml first', () => {
    expect(xlsx.subarray(0, 2).toString('latin1')).toBe('PK')
    expect(Object.keys(parts(xlsx))).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/core.xml',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml'
    ])
    // The first local file header names [Content_Types].xml.
    expect(xlsx.subarray(30, 30 + 19).toString('latin1')).toBe('[Content_Types].xml')
    const types = part(xlsx, '[Content_Types].xml')
    expect(types).toContain('PartName="/xl/worksheets/sheet2.xml"')
    expect(types).toContain('spreadsheetml.sheet.main+xml')
    const workbook = part(xlsx, 'xl/workbook.xml')
    expect(workbook).toContain('<sheet name="异常案件" sheetId="1" r:id="rId1"/>')
    expect(workbook).toContain('<sheet name="汇总" sheetId="2" r:id="rId2"/>')
    const rels = part(xlsx, 'xl/_rels/workbook.xml.rels')
    expect(rels).toContain('Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/')
    expect(rels).toContain(
      'Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"'
    )
  })

  it('stamps the title and creation time in docProps/core.xml', () => {
    const core = part(xlsx, 'docProps/core.xml')
    expect(core).toContain('<dc:title>一致性报告 &lt;2025&gt; &amp; 附表</dc:title>')
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-05T08:30:00Z</')
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-05T08:30:00Z</')
  })

  it('declares the number formats: yuan, integer, decimal, date', () => {
    const styles = part(xlsx, 'xl/styles.xml')
    expect(styles).toContain('<numFmt numFmtId="164" formatCode="#,##0.00&quot;元&quot;"/>')
    expect(styles).toContain('<numFmt numFmtId="165" formatCode="yyyy-mm-dd"/>')
    const xfs = [...styles.matchAll(/<xf numFmtId="(\d+)" fontId="(\d+)"[^>]*xfId/g)].map(
      (m) => `${m[1]}/${m[2]}`
    )
    // default, bold header, integer (0), decimal (0.00), yuan, date
    expect(xfs).toEqual(['0/0', '0/1', '1/0', '2/0', '164/0', '165/0'])
    expect(styles).toMatch(/<font><b\/>/)
  })

  it('writes a bold, frozen header row with the Chinese headers and the column widths', () => {
    const header = sheet.match(/<row r="1">(.*?)<\/row>/)?.[1] ?? ''
    const cells = [...header.matchAll(/<c r="([A-Z]+)1" s="1" t="inlineStr"><is><t>(.*?)<\/t>/g)]
    expect(cells.map((m) => [m[1], m[2]])).toEqual([
      ['A', '案号'],
      ['B', '决定日期'],
      ['C', '罚款'],
      ['D', '案件数'],
      ['E', '裁量位置']
    ])
    expect(sheet).toContain(
      '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
    )
    expect(sheet).toContain('<dimension ref="A1:E6"/>')
    expect(sheet).toContain('<col min="1" max="1" width="30" customWidth="1"/>')
    // 决定日期 is 8 wide, dates 10: 12 with the margin.
    expect(sheet).toContain('<col min="2" max="2" width="12" customWidth="1"/>')
  })

  it('writes fen as yuan numbers, dates as serials, and text as inline strings', () => {
    const row2 = sheet.match(/<row r="2">(.*?)<\/row>/)?.[1]
    expect(row2).toBe(
      '<c r="A2" t="inlineStr"><is><t>示市监处罚〔2025〕5号</t></is></c>' +
        '<c r="B2" s="5"><v>45838</v></c>' +
        '<c r="C2" s="4"><v>1234.56</v></c>' +
        '<c r="D2" s="2"><v>3</v></c>' +
        '<c r="E2" s="3"><v>0.95</v></c>'
    )
    // An impossible date stays text; null leaves no cell.
    expect(sheet).toContain('<c r="B3" t="inlineStr"><is><t>2025-02-30</t>')
    expect(sheet).not.toContain('r="C3"')
    expect(sheet).toContain('<t xml:space="preserve"> 前后有空格 </t>')
    expect(sheet).toContain('<c r="C4" s="4"><v>0.05</v></c>')
    expect(sheet).toContain('<c r="C5" s="4"><v>-2.5</v></c>')
    // A number in a text column is text; a number in a date column is a serial already.
    expect(sheet).toContain('<c r="A6" t="inlineStr"><is><t>42</t>')
    expect(sheet).toContain('<c r="B6" s="5"><v>45838</v></c>')
    expect(sheet).toContain('<c r="C6" s="4"><v>75000.125</v></c>')
  })

  it('escapes markup and drops characters XML 1.0 does not allow', () => {
    expect(sheet).toContain('当事人&lt;甲&gt;&amp;乙')
    expect(sheet).not.toContain('<甲>')
    expect(sheet).toContain('控制字符与孤立代理😀')
    expect(sheet).not.toContain('\u0001')
    expect(sheet).not.toContain('\uFFFE')
  })

  it('gives identical bytes for identical input', () => {
    const again = writeXlsx(structuredClone([CASES, { name: '汇总', columns: [], rows: [] }]), {
      ...META,
      createdAt: new Date(META.createdAt.getTime())
    })
    expect(again.equals(xlsx)).toBe(true)
    const later = writeXlsx([CASES], { ...META, createdAt: new Date('2027-01-01T00:00:00Z') })
    expect(later.equals(writeXlsx([CASES], META))).toBe(false)
    expect(part(later, 'xl/worksheets/sheet1.xml')).toBe(sheet)
  })

  it('refuses rows longer than the header, numbers that are not finite, and no sheets', () => {
    const bad = (rows: XlsxSheet['rows']) => () =>
      writeXlsx([{ name: 'x', columns: [{ header: 'a', kind: 'integer' }], rows }], META)
    expect(bad([[1, 2]])).toThrow(/2 cells for 1 columns/)
    expect(bad([[Number.NaN]])).toThrow(/sheet x cell A2 is not a finite number/)
    expect(() => writeXlsx([], META)).toThrow(/at least one sheet/)
  })

  // Optional: where python3 is installed, its zipfile and XML parser must accept the package.
  it('makes a file that Python reads as a zip of well-formed XML', { timeout: 30_000 }, (ctx) => {
    const script = [
      'import io, sys, zipfile, xml.dom.minidom',
      'z = zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read()))',
      'assert z.testzip() is None',
      'for n in z.namelist(): xml.dom.minidom.parseString(z.read(n))',
      'print(len(z.namelist()))'
    ].join('\n')
    const run = spawnSync('python3', ['-c', script], { input: xlsx })
    if (run.error) {
      ctx.skip()
      return
    }
    expect(run.stderr.toString()).toBe('')
    expect(run.stdout.toString().trim()).toBe('8')
  })
})

describe('helpers', () => {
  it('names columns A…Z, AA…, up to XFD', () => {
    expect([0, 25, 26, 51, 52, 701, 702, 16_383].map(columnName)).toEqual([
      'A',
      'Z',
      'AA',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
      'XFD'
    ])
  })

  it('makes sheet names valid and distinct', () => {
    expect(
      sheetNames([
        '经营超过保质期的食品/过期[食品]:统计*?\\',
        '',
        "'引号'",
        'history',
        'A'.repeat(40),
        'a'.repeat(40),
        'Sheet',
        'SHEET',
        '换\n行',
        'x'.repeat(30) + "'y"
      ])
    ).toEqual([
      '经营超过保质期的食品_过期_食品__统计___',
      'Sheet2',
      '引号',
      'history (2)',
      'A'.repeat(31),
      'a'.repeat(27) + ' (2)',
      'Sheet',
      'SHEET (2)',
      '换行',
      'x'.repeat(30)
    ])
  })

  it('converts calendar dates to Excel serials', () => {
    expect(dateSerial('1900-03-01')).toBe(61)
    expect(dateSerial('2025-01-01')).toBe(45_658)
    expect(dateSerial('2024-02-29')).toBe(45_351)
    expect(dateSerial('2025-02-29')).toBeNull()
    expect(dateSerial('1900-02-28')).toBeNull()
    expect(dateSerial('2025-6-30')).toBeNull()
  })

  it('escapes XML', () => {
    expect(xmlText('a<b>&"c"\u0000\u0008\t\n')).toBe('a&lt;b&gt;&amp;&quot;c&quot;\t\n')
  })
})
