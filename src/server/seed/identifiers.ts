// Valid identifiers for demo parties: the check characters are computed with the same core
// functions the schemas validate with, so every generated code passes checkUscc / checkIdNumber.
import { idNumberCheckChar } from '../../core/ids/id-number'
import { orgCodeCheckChar, usccCheckChar, USCC_ALPHABET } from '../../core/ids/uscc'
import { compactDate } from './dates'
import type { Rng } from './prng'
import { words } from './words'

const DIGITS = '0123456789'

/** 登记管理部门 9 (市场监管) + 机构类别: 1 企业, 2 个体工商户. */
export type UsccCategory = '91' | '92'

/**
 * A 统一社会信用代码: category, the 6-digit area code, a 9-character 主体标识码 (a GB 11714
 * 组织机构代码: 8 characters + its MOD 11 check character) and the MOD 31 check character.
 * Entities registered since 2015 get codes like MA4K…; older ones kept their 8-digit code.
 */
export function makeUscc(rng: Rng, areaCode: string, category: UsccCategory): string {
  const org8 = rng.chance(0.7)
    ? `MA${rng.chars(USCC_ALPHABET, 6)}`
    : `${rng.int(5, 7)}${rng.chars(DIGITS, 7)}`
  const first17 = `${category}${areaCode}${org8}${orgCodeCheckChar(org8)}`
  return first17 + usccCheckChar(first17)
}

/**
 * A 身份证号 (GB 11643): birthplace area code, birth date, a 3-digit sequence whose last digit
 * is odd for men and even for women, and the MOD 11-2 check character.
 */
export function makeIdNumber(rng: Rng, areaCode: string, birthDate: string, male: boolean): string {
  const sequence = rng.int(0, 499) * 2 + (male ? 1 : 0)
  const first17 = `${areaCode}${compactDate(birthDate)}${String(sequence).padStart(3, '0')}`
  return first17 + idNumberCheckChar(first17)
}

const MOBILE_PREFIXES = words(
  '130 131 132 133 135 136 137 138 139 150 151 152 153 155 156 157 158 159 166 173 176 177 180 ' +
    '181 182 183 185 186 187 188 189 191 198 199'
)

export function makeMobile(rng: Rng): string {
  return `${rng.pick(MOBILE_PREFIXES)}${rng.chars(DIGITS, 8)}`
}

/** A landline: Wuhan (027) numbers have 8 digits, the other Hubei cities 7. */
export function makeLandline(rng: Rng, telCode: string): string {
  const digits = telCode === '027' ? 7 : 6
  return `${telCode}-${rng.int(2, 8)}${rng.chars(DIGITS, digits)}`
}
