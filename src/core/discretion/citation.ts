// Every legal fact the engine uses carries a citation: law, article, and the version (the date of
// the text) it was read from. The explanation and the trace print them; the catalogue check
// insists on them.

export type Citation = {
  /** Full name without book-title marks, e.g. 中华人民共和国行政处罚法. */
  law: string
  /** Article as written in the text, e.g. 第三十六条 or 第一百二十四条第一款第（五）项. */
  article: string
  /** Date of the text (YYYY-MM-DD): promulgation or revision date, or a document's issue date. */
  version: string
  note?: string
}

/** 《中华人民共和国行政处罚法》, revised 2021-01-22, in force 2021-07-15 (APL Art. 86). */
export const APL_LAW = '中华人民共和国行政处罚法'
export const APL_VERSION = '2021-01-22'

export function apl(article: string): Citation {
  return { law: APL_LAW, article, version: APL_VERSION }
}

// The APL articles the engine applies, built once so that evaluation allocates none of them.
export const APL_ART = {
  art9: apl('第九条'),
  art28p1: apl('第二十八条第一款'),
  art28p2: apl('第二十八条第二款'),
  art30: apl('第三十条'),
  art31: apl('第三十一条'),
  art32: apl('第三十二条'),
  art33p1s1: apl('第三十三条第一款第一句'),
  art33p1s2: apl('第三十三条第一款第二句'),
  art33p2: apl('第三十三条第二款'),
  art33p3: apl('第三十三条第三款'),
  art34: apl('第三十四条'),
  art36: apl('第三十六条'),
  art37: apl('第三十七条'),
  art44: apl('第四十四条'),
  art49: apl('第四十九条'),
  art51: apl('第五十一条'),
  art57p2: apl('第五十七条第二款'),
  art58: apl('第五十八条'),
  art63: apl('第六十三条'),
  art5: apl('第五条第二款')
} as const

/** 2021-04-29 → 2021年4月29日 */
export function dateZh(date: string): string {
  // Memoised: the same few dates (statute versions, the case's dates) are formatted several times
  // per evaluation. The cache is bounded and only ever maps a date to its fixed text.
  const hit = DATE_ZH.get(date)
  if (hit !== undefined) return hit
  const m = (date.charCodeAt(5) - 48) * 10 + date.charCodeAt(6) - 48
  const d = (date.charCodeAt(8) - 48) * 10 + date.charCodeAt(9) - 48
  const text = `${date.substring(0, 4)}年${m}月${d}日`
  if (DATE_ZH.size >= 4096) DATE_ZH.clear()
  DATE_ZH.set(date, text)
  return text
}

const DATE_ZH = new Map<string, string>()

/** 《中华人民共和国行政处罚法》（2021年1月22日文本）第三十六条 */
export function formatCitation(c: Citation): string {
  const version = c.version ? `（${dateZh(c.version)}文本）` : ''
  return `《${c.law}》${version}${c.article}`
}
