import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { writeXlsxStream } from './xlsx-stream'

async function readBack(buffer: Buffer) {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(buffer as unknown as ArrayBuffer)
  return wb
}

describe('the streaming XLSX writer', () => {
  it('writes Chinese headers, yuan as numbers with a yuan format, and real dates', async () => {
    const buffer = await writeXlsxStream(
      [
        {
          name: '案件清单',
          columns: [
            { header: '案号', kind: 'text' },
            { header: '决定日期', kind: 'date' },
            { header: '罚款（元）', kind: 'yuan' },
            { header: '件数', kind: 'integer' }
          ],
          rows: [
            ['汉阳市监立〔2025〕1号', '2025-06-30', 15000000, 1],
            ['=cmd', 'not a date', null, 2]
          ]
        }
      ],
      { title: '测试', createdAt: new Date('2026-01-01T00:00:00Z') }
    )
    const ws = (await readBack(buffer)).getWorksheet('案件清单')
    expect(ws?.getRow(1).values).toEqual([undefined, '案号', '决定日期', '罚款（元）', '件数'])
    const row = ws?.getRow(2)
    expect(row?.getCell(1).value).toBe('汉阳市监立〔2025〕1号')
    expect(row?.getCell(3).value).toBe(150000)
    expect(row?.getCell(3).numFmt).toBe('#,##0.00"元"')
    expect((row?.getCell(2).value as Date).toISOString()).toBe('2025-06-30T00:00:00.000Z')
    // A string that is not a date stays text; a formula-looking string is data, not a formula.
    expect(ws?.getRow(3).getCell(2).value).toBe('not a date')
    expect(ws?.getRow(3).getCell(1).value).toBe('=cmd')
    expect(ws?.getRow(3).getCell(3).value).toBe(null)
  })

  it('reports progress in batches and keeps every row', async () => {
    const seen: number[] = []
    const rows = Array.from({ length: 5001 }, (_, i) => [`r${i}`, i * 100] as const)
    const buffer = await writeXlsxStream(
      [
        {
          name: 'S',
          columns: [
            { header: 'a', kind: 'text' },
            { header: 'b', kind: 'yuan' }
          ],
          rows
        }
      ],
      { title: 't', createdAt: new Date(0), batch: 1000, progress: (n) => seen.push(n) }
    )
    expect(seen).toEqual([1000, 2000, 3000, 4000, 5000, 5001])
    const ws = (await readBack(buffer)).getWorksheet('S')
    expect(ws?.rowCount).toBe(5002)
    expect(ws?.getRow(5002).getCell(2).value).toBe(5000)
  })

  it('refuses a row longer than the header', async () => {
    await expect(
      writeXlsxStream(
        [{ name: 'S', columns: [{ header: 'a', kind: 'text' }], rows: [['x', 'y']] }],
        { title: 't', createdAt: new Date(0) }
      )
    ).rejects.toThrow(/2 cells for 1 columns/)
  })
})
