// Property tests of the two check-character schemes a case file depends on: a mistyped 身份证号 or
// 统一社会信用代码 on a decision names the wrong party, so the form must refuse the typical typing errors
// (one wrong character, two neighbours swapped). What each scheme can and cannot catch follows from its
// arithmetic, worked out in the comments, and the tests assert exactly that.
import { constantFrom, assert as fcAssert, integer, property, string, tuple } from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkIdNumber, idNumberCheckChar } from './id-number'
import { checkUscc, orgCodeCheckChar, USCC_ALPHABET, usccCheckChar } from './uscc'

const RUNS = { numRuns: 300 }
const DIGITS = '0123456789'
const ID_CHECK_CHARS = `${DIGITS}X`

const chars = (alphabet: string, length: number) =>
  string({ unit: constantFrom(...alphabet), minLength: length, maxLength: length })

/** A valid USCC: 8 free characters, a 组织机构代码 body with its own check, then the MOD 31 check. */
const validUscc = tuple(chars(USCC_ALPHABET, 8), chars(USCC_ALPHABET, 8)).map(([head, org8]) => {
  const first17 = head + org8 + orgCodeCheckChar(org8)
  return first17 + usccCheckChar(first17)
})

const pad = (n: number, width: number) => String(n).padStart(width, '0')

/** A valid ID number: 6-digit area, a real birth date (1900–2099), 3-digit sequence, check char. */
const validIdNumber = tuple(
  chars(DIGITS, 6),
  integer({ min: 1900, max: 2099 }),
  integer({ min: 1, max: 12 }),
  integer({ min: 1, max: 31 }),
  chars(DIGITS, 3)
).map(([area, year, month, day, seq]) => {
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const first17 = `${area}${year}${pad(month, 2)}${pad(Math.min(day, lastDay), 2)}${seq}`
  return first17 + idNumberCheckChar(first17)
})

const replaceAt = (s: string, i: number, ch: string) => s.slice(0, i) + ch + s.slice(i + 1)
const swapAt = (s: string, i: number, j: number) =>
  replaceAt(replaceAt(s, i, s[j] ?? ''), j, s[i] ?? '')

/** A character of `alphabet` other than `current`, chosen by `pick`. */
const otherChar = (alphabet: string, current: string, pick: number) => {
  const others = alphabet.replace(current, '')
  return others[pick % others.length] ?? ''
}

describe('GB 32100 统一社会信用代码 (MOD 31, weights 3^i mod 31)', () => {
  it('accepts every code built with the check functions', () => {
    fcAssert(
      property(validUscc, (code) => {
        expect(checkUscc(code)).toBeNull()
      }),
      RUNS
    )
  })

  // A substitution a→b at position i < 17 changes the sum by w_i·(b−a). 31 is prime, w_i = 3^i is not
  // a multiple of 31 and 0 < |b−a| < 31, so the sum mod 31 always changes and so does the check
  // character; a substitution of the check character itself obviously mismatches. Every single
  // substitution is caught, whatever the embedded 组织机构代码 check says.
  it('refuses every code with one character replaced by another allowed character', () => {
    fcAssert(
      property(
        validUscc,
        integer({ min: 0, max: 17 }),
        integer({ min: 0, max: 29 }),
        (code, i, k) => {
          const changed = replaceAt(code, i, otherChar(USCC_ALPHABET, code[i] ?? '', k))
          expect(checkUscc(changed), `${code} → ${changed}`).not.toBeNull()
        }
      ),
      RUNS
    )
  })

  // Swapping different a, b at positions i, i+1 (i+1 < 17) changes the sum by (w_i − w_{i+1})·(b−a) =
  // −2·w_i·(b−a), never 0 mod 31. Swapping positions 16 and 17 (the org check and the check character)
  // would need −27·b + 28·a ≡ a, i.e. a ≡ b (mod 31): impossible for different characters. Because 3
  // has order 30 mod 31, all 17 weights differ, so even non-adjacent swaps in the first 17 are caught.
  it('refuses every code with two different neighbouring characters swapped', () => {
    fcAssert(
      property(validUscc, integer({ min: 0, max: 16 }), (code, i) => {
        if (code[i] === code[i + 1]) return
        const swapped = swapAt(code, i, i + 1)
        expect(checkUscc(swapped), `${code} → ${swapped}`).not.toBeNull()
      }),
      RUNS
    )
  })

  it('refuses every code with any two different characters of the first 17 swapped', () => {
    fcAssert(
      property(
        validUscc,
        integer({ min: 0, max: 16 }),
        integer({ min: 0, max: 16 }),
        (code, i, j) => {
          if (code[i] === code[j]) return
          expect(checkUscc(swapAt(code, i, j))).not.toBeNull()
        }
      ),
      RUNS
    )
  })

  // The embedded GB 11714 organisation-code check is MOD 11 over values 0–35, so on its own it misses a
  // substitution between characters whose values differ by 11 (e.g. 0↔B, 1↔C): only the outer MOD 31
  // check catches that. This pins down why the outer check must never be skipped.
  it('relies on the MOD 31 check for org-code substitutions the MOD 11 check cannot see', () => {
    fcAssert(
      property(validUscc, integer({ min: 8, max: 15 }), (code, i) => {
        const value = parseInt(code[i] ?? '', 36)
        const twin = USCC_ALPHABET.split('').find((c) => parseInt(c, 36) === value + 11)
        if (twin === undefined) return
        const changed = replaceAt(code, i, twin)
        expect(orgCodeCheckChar(changed.slice(8, 16))).toBe(changed[16])
        expect(checkUscc(changed)).toBe('checksum')
      }),
      RUNS
    )
  })
})

describe('GB 11643 公民身份号码 (ISO 7064 MOD 11-2, weights 2^(17−i) mod 11)', () => {
  it('accepts every number built with the check function', () => {
    fcAssert(
      property(validIdNumber, (id) => {
        expect(checkIdNumber(id)).toBeNull()
      }),
      RUNS
    )
  })

  // A digit substitution at position i < 17 changes the sum by w_i·(b−a) with 0 < |b−a| ≤ 9 < 11 and
  // 11 prime, so the check character always changes; a different check character (0–9 or X) at
  // position 17 mismatches directly. A change inside the birth date may also fail the date test first.
  it('refuses every number with one character replaced by another allowed character', () => {
    fcAssert(
      property(
        validIdNumber,
        integer({ min: 0, max: 17 }),
        integer({ min: 0, max: 9 }),
        (id, i, k) => {
          const alphabet = i === 17 ? ID_CHECK_CHARS : DIGITS
          const changed = replaceAt(id, i, otherChar(alphabet, id[i] ?? '', k))
          expect(checkIdNumber(changed), `${id} → ${changed}`).not.toBeNull()
        }
      ),
      RUNS
    )
  })

  // Swapping different digits at i, i+1 (i+1 < 17) changes the sum by (w_i − w_{i+1})·(b−a) =
  // w_{i+1}·(b−a) ≢ 0 (mod 11). Swapping the last digit a with a numeric check digit c would need a ≡ c;
  // an X check character moved into position 16 fails the format test. So every adjacent swap is caught.
  it('refuses every number with two different neighbouring characters swapped', () => {
    fcAssert(
      property(validIdNumber, integer({ min: 0, max: 16 }), (id, i) => {
        if (id[i] === id[i + 1]) return
        const swapped = swapAt(id, i, i + 1)
        expect(checkIdNumber(swapped), `${id} → ${swapped}`).not.toBeNull()
      }),
      RUNS
    )
  })

  // Not every swap is caught: 2 has order 10 mod 11, so positions i and i+10 carry the same weight
  // (7 at the 1st and 11th digit, 9 at the 2nd and 12th, …) and swapping them leaves the check character
  // unchanged. Such a number is refused only if the swap happens to break the birth date; this test
  // documents the limit so nobody relies on the check digit alone to match a party across cases.
  it('cannot see a swap of two digits ten positions apart (same weight)', () => {
    fcAssert(
      property(validIdNumber, integer({ min: 0, max: 6 }), (id, i) => {
        const swapped = swapAt(id, i, i + 10)
        expect(idNumberCheckChar(swapped.slice(0, 17))).toBe(swapped[17])
      }),
      RUNS
    )
    // A concrete case: the 3rd digit (area) and the 13th (birth day) trade places; still "valid".
    expect(checkIdNumber('11010519491231002X')).toBeNull()
    expect(checkIdNumber(swapAt('11010519491231002X', 2, 12))).toBeNull()
  })
})
