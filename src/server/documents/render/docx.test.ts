import { strFromU8, unzipSync } from 'fflate'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { renderDocx } from './docx'
import { CREATED_AT, DECISION, FACTS, sampleLayout } from './test-support'

afterEach(() => vi.useRealTimers())

const part = (docx: Buffer, name: string): string => {
  const data = unzipSync(docx)[name]
  if (!data) throw new Error(`no ${name} in the package`)
  return strFromU8(data)
}

describe('renderDocx', () => {
  it('puts the text in word/document.xml', async () => {
    const xml = part(
      await renderDocx(sampleLayout(), { createdAt: CREATED_AT }),
      'word/document.xml'
    )
    for (const expected of [
      '行政处罚决定书',
      '汉阳市监处罚〔2026〕12号',
      '统一社会信用代码',
      FACTS,
      DECISION
    ]) {
      expect(xml).toContain(expected)
    }
    expect(xml).toContain('<w:tbl>')
    expect(xml).toContain('w:firstLineChars="200"')
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"')
  })

  it('numbers pages and repeats the footer line in the page footer', async () => {
    const footer = part(
      await renderDocx(sampleLayout(), { createdAt: CREATED_AT }),
      'word/footer1.xml'
    )
    expect(footer).toContain('PAGE')
    expect(footer).toContain('本文书由案衡 Yardstick 生成')
  })

  it('gives the same bytes for the same layout and date, whatever the clock says', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2030-01-01T00:00:00Z'))
    const first = await renderDocx(sampleLayout(), { createdAt: CREATED_AT })
    vi.setSystemTime(new Date('2031-07-15T13:45:59Z'))
    const second = await renderDocx(sampleLayout(), { createdAt: CREATED_AT })
    expect(second.equals(first)).toBe(true)
  })

  it('dates the document createdAt and lists the package parts first', async () => {
    const docx = await renderDocx(sampleLayout(), { createdAt: CREATED_AT })
    const core = part(docx, 'docProps/core.xml')
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-05T02:30:00Z<')
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-05T02:30:00Z<')
    expect(core).toContain('<dc:title>行政处罚决定书</dc:title>')
    expect(Object.keys(unzipSync(docx))[0]).toBe('[Content_Types].xml')
  })

  it('names the East-Asian font, with a Chinese fallback in the font table', async () => {
    const plain = await renderDocx(sampleLayout(), { createdAt: CREATED_AT })
    expect(part(plain, 'word/styles.xml')).toContain('w:eastAsia="仿宋_GB2312"')
    expect(part(plain, 'word/fontTable.xml')).toContain(
      '<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/><w:charset w:val="86"/>'
    )
    const custom = await renderDocx(sampleLayout(), { createdAt: CREATED_AT, fontName: '楷体' })
    expect(part(custom, 'word/styles.xml')).toContain('w:eastAsia="楷体"')
    expect(part(custom, 'word/fontTable.xml')).toContain('<w:font w:name="楷体">')
  })
})
