import { describe, expect, it } from 'vitest'
import { checkIdNumber, idNumberCheckChar } from './id-number'
import { checkUscc, orgCodeCheckChar, usccCheckChar } from './uscc'

describe('GB 11643 身份证号', () => {
  it('accepts the standard example 11010519491231002X', () => {
    expect(checkIdNumber('11010519491231002X')).toBeNull()
  })
  it('computes the check character', () => {
    expect(idNumberCheckChar('11010519491231002')).toBe('X')
  })
  it('rejects a wrong check character', () => {
    expect(checkIdNumber('110105194912310021')).toBe('checksum')
  })
  it('rejects an impossible birth date', () => {
    expect(checkIdNumber('110105194902300021'.slice(0, 17) + 'X')).toBe('birthDate')
  })
  it('rejects lowercase x and wrong length', () => {
    expect(checkIdNumber('11010519491231002x')).toBe('format')
    expect(checkIdNumber('1101051949123100')).toBe('format')
  })
})

describe('GB 32100 统一社会信用代码', () => {
  // A published code (the State Administration for Market Regulation's own USCC).
  it('accepts a real code', () => {
    expect(checkUscc('11100000MB0143028R')).toBeNull()
  })
  it('computes both check characters consistently', () => {
    const org8 = 'MA4KXY12'
    const first17 = '91420100' + org8 + orgCodeCheckChar(org8)
    expect(first17).toHaveLength(17)
    expect(checkUscc(first17 + usccCheckChar(first17))).toBeNull()
    // The same code with a broken organisation-code check character is refused.
    const badOrg = '91420100' + org8 + (orgCodeCheckChar(org8) === '1' ? '2' : '1')
    expect(checkUscc(badOrg + usccCheckChar(badOrg))).toBe('orgCode')
  })
  it('rejects a changed character', () => {
    expect(checkUscc('11100000MB0143028Y')).toBe('checksum')
  })
  it('rejects forbidden letters and lengths', () => {
    expect(checkUscc('11100000MB0143028I')).toBe('format')
    expect(checkUscc('91420100MA4K')).toBe('format')
  })
})
