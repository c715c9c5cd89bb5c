import { afterEach, describe, expect, it, vi } from 'vitest'
import { AppError } from '../../../shared/errors'
import { findCjkFont } from './fonts'
import { renderPdf } from './pdf'
import {
  CREATED_AT,
  darkShareOfPage1,
  pdfInfo,
  pdfPageCount,
  pdfText,
  sampleLayout,
  squeeze
} from './test-support'

afterEach(() => vi.useRealTimers())

const render = (layout = sampleLayout()) =>
  renderPdf(layout, { font: findCjkFont(), createdAt: CREATED_AT })

describe('renderPdf', () => {
  it('writes text that pdftotext reads back in Chinese', async () => {
    const text = squeeze(pdfText(await render()))
    for (const expected of [
      '行政处罚决定书',
      '汉阳市监处罚〔2026〕12号',
      '罚款贰仟元',
      '《中华人民共和国食品安全法》第一百二十四条',
      '统一社会信用代码91420100MA4K12345X',
      '—1—'
    ]) {
      expect(text).toContain(expected)
    }
  })

  it('draws something on page 1', async () => {
    const dark = darkShareOfPage1(await render())
    expect(dark).toBeGreaterThan(0.005)
    expect(dark).toBeLessThan(0.5)
  })

  it('gives the same bytes for the same layout and date, whatever the clock says', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2030-01-01T00:00:00Z'))
    const first = await render()
    vi.setSystemTime(new Date('2031-07-15T13:45:59Z'))
    const second = await render()
    expect(second.equals(first)).toBe(true)
  })

  it('records the title, subject, producer and createdAt as metadata', async () => {
    const info = pdfInfo(await render())
    expect(info).toMatch(/^Title:\s+行政处罚决定书$/m)
    expect(info).toMatch(/^Subject:\s+汉阳市监处罚〔2026〕12号$/m)
    expect(info).toMatch(/^Producer:\s+Yardstick$/m)
    expect(info).toMatch(/^CreationDate:\s+2026-03-05T02:30:00Z$/m)
    expect(info).toMatch(/^ModDate:\s+2026-03-05T02:30:00Z$/m)
  })

  it('numbers every page and repeats the footer on each', async () => {
    const layout = sampleLayout()
    const long = { ...layout, blocks: [...layout.blocks, ...layout.blocks, ...layout.blocks] }
    const pdf = await render(long)
    const pages = pdfPageCount(pdf)
    expect(pages).toBeGreaterThan(2)
    const text = squeeze(pdfText(pdf))
    for (let n = 1; n <= pages; n++) expect(text).toContain(`—${n}—`)
    expect(text.split('本文书由案衡Yardstick生成').length - 1).toBe(pages)
  })

  it('splits a form row longer than a page across pages', async () => {
    const value = '现场检查发现冷藏柜内存放的鲜牛奶已超过保质期。'.repeat(120)
    const pdf = await render(
      sampleLayout({ blocks: [{ kind: 'field', label: '案情摘要', value }], footer: null })
    )
    expect(pdfPageCount(pdf)).toBeGreaterThan(1)
    expect(squeeze(pdfText(pdf))).toContain(value.slice(0, 60))
  })

  it('embeds only the Chinese face', async () => {
    const pdf = (await render()).toString('latin1')
    expect(pdf).not.toContain('/Helvetica')
    expect(pdf.match(/\/Subtype \/Type0/g)).toHaveLength(1)
  })

  it('refuses a character the font has no glyph for instead of printing a box', async () => {
    for (const odd of ['\uE000', '😀']) {
      const layout = sampleLayout()
      layout.blocks.push({ kind: 'paragraph', text: `当事人签名：张${odd}` })
      const error = await render(layout).then(
        () => null,
        (e: unknown) => e
      )
      expect(error).toBeInstanceOf(AppError)
      expect((error as AppError).message).toContain('字体缺少以下字符的字形')
    }
  })
})
