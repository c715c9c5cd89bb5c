// Free text as every handler receives it: normalised where the user cannot see the difference,
// refused where a hidden character could change how a name reads on a decision.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { isBase64Text, requiredText, text } from './primitives'

describe('free text', () => {
  it('drops pasted bidi marks and trims, so the stored name is what the user sees', () => {
    expect(text(50).parse('\u200E 张三\u200F（\u061C个体户） ')).toBe('张三（个体户）')
  })

  it('composes to NFC', () => {
    expect(text(10).parse('e\u0301')).toBe('\u00e9')
  })

  it('refuses bidi overrides and control characters with the validation key', () => {
    for (const bad of ['张\u202E三', '张\u2066三', '张\u0000三', '张\u001B三']) {
      const r = text(50).safeParse(bad)
      expect(r.success).toBe(false)
      expect(r.error?.issues[0]?.message).toBe('v.forbiddenChars')
    }
  })

  it('keeps tab and newline, and counts the length after normalising', () => {
    expect(text(20).parse('第一行\n第二行\t完')).toBe('第一行\n第二行\t完')
    expect(text(3).safeParse('一二三四').success).toBe(false)
    expect(requiredText(3).safeParse(' \u200E ').success).toBe(false)
  })
})

describe('isBase64Text', () => {
  const ANCHORED = /^[A-Za-z0-9+/]*={0,2}$/
  it('accepts and refuses exactly what the anchored base64 pattern does', () => {
    // Mostly alphabet, with padding and strays where they are likely to matter.
    const char = fc.constantFrom('A', 'z', '0', '+', '/', '=', '=', '-', '_', ' ', '\n', '中')
    fc.assert(
      fc.property(fc.array(char, { maxLength: 12 }), (chars) => {
        const s = chars.join('')
        expect([s, isBase64Text(s)]).toEqual([s, ANCHORED.test(s)])
      }),
      { numRuns: 5000, seed: 20261129 }
    )
    expect(isBase64Text(Buffer.from('任意内容 bytes').toString('base64'))).toBe(true)
    expect(isBase64Text('ab=c')).toBe(false)
    expect(isBase64Text('abc===')).toBe(false)
  })
})
