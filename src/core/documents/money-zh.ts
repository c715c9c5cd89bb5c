// Amounts as printed on a 文书: the uppercase figure (大写) first, as on a payment form, so a
// single altered digit cannot change the amount unnoticed, then the figure to the fen for reading.
// Every amount the composer prints itself goes through yuanZh; describePenalty keeps its own form.

const DIGITS = '零壹贰叁肆伍陆柒捌玖'
const IN_GROUP = ['', '拾', '佰', '仟'] as const
const GROUPS = ['', '万', '亿', '万亿'] as const

/** One group of four digits (0 < n < 10000), with 零 for inner gaps: 1005 → 壹仟零伍. */
function groupWords(n: number): string {
  let out = ''
  let gap = false
  for (let pos = 3; pos >= 0; pos--) {
    const d = Math.floor(n / 10 ** pos) % 10
    if (d === 0) {
      gap = out !== ''
      continue
    }
    if (gap) out += '零'
    gap = false
    out += DIGITS.charAt(d) + IN_GROUP[pos]
  }
  return out
}

/** Whole yuan in words: 20000 → 贰万, 100500 → 壹拾万零伍佰, 0 → 零. 壹拾 keeps its 壹, as on
 * financial forms. */
function yuanWords(yuan: number): string {
  if (yuan === 0) return '零'
  let out = ''
  let zeroPending = false
  for (let g = GROUPS.length - 1; g >= 0; g--) {
    const n = Math.floor(yuan / 10_000 ** g) % 10_000
    if (n === 0) {
      zeroPending = out !== ''
      continue
    }
    // A lower group that does not fill its thousands place is read after a 零: 1 0500 → 壹万零伍佰.
    if (out !== '' && (zeroPending || n < 1000)) out += '零'
    zeroPending = false
    out += groupWords(n) + GROUPS[g]
  }
  return out
}

/** 2000000 → 贰万元整; 2000056 → 贰万元零伍角陆分… per the usual 大写 rules (整 after 元 or 角). */
export function amountInWords(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new RangeError(`Not an amount in fen: ${fen}`)
  const yuan = Math.floor(fen / 100)
  const jiao = Math.floor(fen / 10) % 10
  const cents = fen % 10
  const whole = yuan > 0 || fen === 0 ? `${yuanWords(yuan)}元` : ''
  if (jiao === 0 && cents === 0) return `${whole}整`
  const j = jiao > 0 ? `${DIGITS.charAt(jiao)}角` : whole !== '' ? '零' : ''
  return cents > 0 ? `${whole}${j}${DIGITS.charAt(cents)}分` : `${whole}${j}整`
}

/** 2000000 → 贰万元整（20000.00元） */
export function yuanZh(fen: number): string {
  const figure = `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`
  return `${amountInWords(fen)}（${figure}元）`
}
