// 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet (no I, O, S, V, Z).
// Positions 9–17 embed the 组织机构代码 (GB 11714-1997), which has its own MOD 11 check character,
// and position 18 is the MOD 31 check character over the first 17.
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const

/** The 18th character for the first 17 characters of a USCC. */
export function usccCheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) {
    sum += USCC_ALPHABET.indexOf(first17[i] ?? '') * (USCC_WEIGHTS[i] ?? 0)
  }
  const c = (31 - (sum % 31)) % 31
  return USCC_ALPHABET[c] ?? '?'
}

/** The 9th character of a 组织机构代码 for its first 8 characters (digits and letters A=10…Z=35). */
export function orgCodeCheckChar(first8: string): string {
  let sum = 0
  for (let i = 0; i < 8; i++) sum += parseInt(first8[i] ?? '', 36) * (ORG_WEIGHTS[i] ?? 0)
  const c = 11 - (sum % 11)
  if (c === 10) return 'X'
  if (c === 11) return '0'
  return String(c)
}

export type UsccProblem = 'format' | 'orgCode' | 'checksum'

/** Returns null when the code is valid, otherwise the first problem found. */
export function checkUscc(value: string): UsccProblem | null {
  if (value.length !== 18) return 'format'
  for (const ch of value) if (!USCC_ALPHABET.includes(ch)) return 'format'
  if (orgCodeCheckChar(value.slice(8, 16)) !== value[16]) return 'orgCode'
  return usccCheckChar(value.slice(0, 17)) === value[17] ? null : 'checksum'
}
