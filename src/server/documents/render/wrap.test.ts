import { describe, expect, it } from 'vitest'
import { wrap, type Measure } from './wrap'

/** One point per half-width character and two per full-width one, as a stand-in for a font. */
const measure: Measure = (text) =>
  [...text].reduce((w, ch) => w + (ch.charCodeAt(0) < 0x2e80 ? 1 : 2), 0)
const width = (w: number) => ({ first: w, rest: w })

describe('wrap', () => {
  it('fills lines to the width and keeps every character', () => {
    const text = '当事人应当自收到本决定书之日起十五日内缴纳罚款'
    const lines = wrap(text, width(10), measure)
    expect(lines.join('')).toBe(text)
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(10)
    expect(lines[0]).toBe('当事人应当')
  })

  it('gives the first line its own width, for the paragraph indent', () => {
    expect(wrap('一二三四五六七八', { first: 8, rest: 12 }, measure)).toEqual([
      '一二三四',
      '五六七八'
    ])
  })

  it('keeps closing punctuation off the start of a line and opening marks off the end', () => {
    const lines = wrap('甲乙丙丁，戊己', width(8), measure)
    expect(lines).toEqual(['甲乙丙', '丁，戊己'])
    const opening = wrap('甲乙丙《丁戊》', width(8), measure)
    expect(opening[0]).toBe('甲乙丙')
    for (const line of [...lines, ...opening]) expect(line).not.toMatch(/^[，。》]|[《（]$/)
  })

  it('keeps numbers and Latin words whole and drops spaces at a break', () => {
    expect(wrap('罚款2,000.00元', width(10), measure)).toEqual(['罚款', '2,000.00元'])
    expect(wrap('Yardstick version two', width(12), measure)).toEqual(['Yardstick', 'version two'])
  })

  it('splits a word longer than a line rather than overflowing', () => {
    const lines = wrap('91420100MA4K12345X', width(8), measure)
    expect(lines).toEqual(['91420100', 'MA4K1234', '5X'])
  })

  it('returns one empty line for empty text', () => {
    expect(wrap('', width(10), measure)).toEqual([''])
  })
})
