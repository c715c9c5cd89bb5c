// A JSON text with its case-specific dates cut out: the engine's result (and the parsed facts) of
// two cases that differ only in their dates differ only where those dates are printed, as ISO dates
// (2024-03-07) or Chinese dates (2024年3月7日), and where a day count is (第3日). Rendering a template with another case's dates
// costs a string join instead of an evaluation and a JSON.stringify. Whether a template really
// holds for its key is checked against the engine (evaluation-memo.ts), never assumed.

/** Literal text, and the indexes of the date tokens between them. */
export type JsonTemplate = { literals: readonly string[]; slots: readonly number[] }

const DATES = /\d{4}-\d{2}-\d{2}|\d{4}年\d{1,2}月\d{1,2}日|第\d+日/g

/**
 * Cuts every occurrence of one of `tokens` out of `text`; dates that are no token (a statute's
 * version, a benchmark's effective date) stay literal. When two tokens have the same value, the
 * first is used: the template's key fixes which of the case's dates are equal (see dateClass).
 */
export function makeTemplate(text: string, tokens: readonly string[]): JsonTemplate {
  const literals: string[] = []
  const slots: number[] = []
  let from = 0
  for (const m of text.matchAll(DATES)) {
    const slot = tokens.indexOf(m[0])
    if (slot < 0) continue
    literals.push(text.slice(from, m.index))
    slots.push(slot)
    from = m.index + m[0].length
  }
  literals.push(text.slice(from))
  return { literals, slots }
}

export function renderTemplate(t: JsonTemplate, tokens: readonly string[]): string {
  let out = t.literals[0] ?? ''
  for (let i = 0; i < t.slots.length; i++) {
    out += (tokens[t.slots[i] ?? 0] ?? '') + (t.literals[i + 1] ?? '')
  }
  return out
}
