// 公民身份号码 (GB 11643-1999): 17 digits + one check character computed with ISO 7064 MOD 11-2.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const
const CHECK = '10X98765432'

/** The check character for the first 17 digits of an ID number. */
export function idNumberCheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0)
  return CHECK[sum % 11] ?? '?'
}

export type IdNumberProblem = 'format' | 'birthDate' | 'checksum'

/** Returns null when the number is valid, otherwise the first problem found. */
export function checkIdNumber(value: string): IdNumberProblem | null {
  if (!/^\d{17}[\dX]$/.test(value)) return 'format'
  if (!isCalendarDate(value.slice(6, 10), value.slice(10, 12), value.slice(12, 14)))
    return 'birthDate'
  return idNumberCheckChar(value.slice(0, 17)) === value[17] ? null : 'checksum'
}

function isCalendarDate(y: string, m: string, d: string): boolean {
  const year = Number(y)
  const month = Number(m)
  const day = Number(d)
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return day <= days
}
