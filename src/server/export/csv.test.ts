import { describe, expect, it } from 'vitest'
import { csvUtf8Bom, type CsvColumn } from './csv'

const COLUMNS: CsvColumn[] = [
  { header: '案号', kind: 'text' },
  { header: '当事人', kind: 'text' },
  { header: '罚款（元）', kind: 'yuan' },
  { header: '件数', kind: 'integer' },
  { header: '决定日期', kind: 'date' }
]

describe('csvUtf8Bom', () => {
  it('writes a BOM, CRLF lines and RFC 4180 quoting, yuan from fen', () => {
    const csv = csvUtf8Bom(COLUMNS, [
      ['示市监处罚〔2025〕5号', '某某超市, "鲜味"店', 123_456, 3, '2025-06-30'],
      ['示市监处罚〔2025〕6号', '两行\n地址', -5, 0, null],
      ['示市监处罚〔2025〕7号', null, 7_500_012.5]
    ])
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(csv.subarray(3).toString('utf8')).toBe(
      '案号,当事人,罚款（元）,件数,决定日期\r\n' +
        '示市监处罚〔2025〕5号,"某某超市, ""鲜味""店",1234.56,3,2025-06-30\r\n' +
        '示市监处罚〔2025〕6号,"两行\n地址",-0.05,0,\r\n' +
        '示市监处罚〔2025〕7号,,75000.13,,\r\n'
    )
  })

  it('keeps strings that look like formulas from running, unless told not to', () => {
    const columns = [{ header: 'a' }, { header: 'b' }]
    const rows = [
      ['=HYPERLINK("x")', '+1'],
      ['@SUM(A1)', -1]
    ]
    expect(csvUtf8Bom(columns, rows).toString('utf8')).toBe(
      '\uFEFFa,b\r\n"\'=HYPERLINK(""x"")",\'+1\r\n\'@SUM(A1),-1\r\n'
    )
    expect(csvUtf8Bom(columns, rows, { guardFormulas: false }).toString('utf8')).toBe(
      '\uFEFFa,b\r\n"=HYPERLINK(""x"")",+1\r\n@SUM(A1),-1\r\n'
    )
  })

  it('is deterministic and refuses malformed rows', () => {
    const rows = [['1', '2', 3, 4, '2025-01-01']]
    expect(csvUtf8Bom(COLUMNS, rows).equals(csvUtf8Bom(COLUMNS, structuredClone(rows)))).toBe(true)
    expect(() => csvUtf8Bom([{ header: 'a' }], [[1, 2]])).toThrow(/2 cells for 1 columns/)
    expect(() => csvUtf8Bom([{ header: 'a', kind: 'yuan' }], [[Infinity]])).toThrow(/finite/)
    expect(csvUtf8Bom([{ header: 'a' }], []).toString('utf8')).toBe('\uFEFFa\r\n')
  })
})
