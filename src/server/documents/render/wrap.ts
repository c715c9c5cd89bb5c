// Line breaking for the PDF. pdfkit's own wrapper breaks at spaces and UAX #14 opportunities but knows
// nothing of Chinese line-start and line-end rules (避头尾), and we also need to know which lines to
// justify, so the renderer breaks lines itself and draws each one.

/** Width of a text in points at the size being set. */
export type Measure = (text: string) => number

/** Punctuation that may not begin a line (GB/T 15834 and common 禁则 tables). */
const NO_LINE_START = new Set([...'，。、；：？！）》」』】〕〉］｝”’…—·%‰℃,.;:?!)]}'])
/** Punctuation that may not end a line. */
const NO_LINE_END = new Set([...'（《「『【〔〈［｛“‘([{'])

/** A Latin word or number (kept whole: 2026, 3.5%, GB/T), a run of spaces, or any one character. */
const TOKEN = /[A-Za-z0-9\u00C0-\u024F]+(?:[.,:/\-_'][A-Za-z0-9\u00C0-\u024F]+)*%?|[ \t]+|[\s\S]/gu

/** At most this many tokens move to the next line to keep punctuation off a line's edge. */
const MAX_PULLBACK = 3

const isSpace = (token: string): boolean => /^[ \t]+$/.test(token)

/**
 * Breaks one line of text (no line breaks in it) into lines at most `first` points wide for the first
 * and `rest` for the others. Spaces at a break are dropped. Always returns at least one line.
 */
export function wrap(
  text: string,
  widths: { first: number; rest: number },
  measure: Measure
): string[] {
  const tokens = text.match(TOKEN) ?? []
  const lines: string[] = []
  let start = 0
  let width = 0
  let i = 0
  const limit = () => (lines.length === 0 ? widths.first : widths.rest) + 0.01
  const emit = (end: number) => {
    lines.push(
      tokens
        .slice(start, end)
        .join('')
        .replace(/[ \t]+$/, '')
    )
    start = end
    while (start < tokens.length && isSpace(tokens[start] ?? '')) start++
    width = 0
    i = start
  }
  while (i < tokens.length) {
    const token = tokens[i] ?? ''
    const w = measure(token)
    // A space may hang past the margin: it is dropped when the line breaks there.
    if (width + w <= limit() || isSpace(token)) {
      width += w
      i++
      continue
    }
    if (i === start) {
      // One token wider than the line: split it into characters, or set a lone character anyway.
      const chars = [...token]
      if (chars.length > 1) tokens.splice(i, 1, ...chars)
      else emit(i + 1)
      continue
    }
    emit(breakBefore(tokens, start, i))
  }
  if (start < tokens.length || lines.length === 0) emit(tokens.length)
  return lines
}

/** Where to break before token `at`, moving back a little if that would leave punctuation stranded. */
function breakBefore(tokens: readonly string[], start: number, at: number): number {
  // `end > start` keeps at least one token on the line; past MAX_PULLBACK the rule gives way.
  for (let end = at; end > start && end > at - MAX_PULLBACK; end--) {
    if (!badBreak(tokens[end - 1] ?? '', tokens[end] ?? '')) return end
  }
  return at
}

function badBreak(before: string, after: string): boolean {
  if (isSpace(after) || isSpace(before)) return false
  return NO_LINE_START.has([...after][0] ?? '') || NO_LINE_END.has([...before].at(-1) ?? '')
}
