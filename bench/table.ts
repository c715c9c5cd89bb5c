// The results table: one row per operation, its baseline beside it, as plain text for a terminal
// or a pasted report. Wide characters (the Chinese queries) count double when padding.
import type { Samples } from './measure'

export type Row = {
  operation: string
  samples: Samples
  /** The same operation done the cheapest way: raw SQL on the same data, a raw library call. */
  baseline?: { label: string; samples: Samples }
}

/** 0.0123 ms → 12.3 µs; 12.3 ms → 12.3 ms; 1234 ms → 1.23 s. */
export function formatMs(ms: number): string {
  if (ms < 1) return `${(ms * 1000).toPrecision(3)} µs`
  if (ms < 1000) return `${ms.toPrecision(3)} ms`
  return `${(ms / 1000).toPrecision(3)} s`
}

/** East Asian wide characters: CJK, Hangul, full-width forms and the CJK punctuation. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uffef]/u

function width(s: string): number {
  let w = 0
  for (const ch of s) w += WIDE.test(ch) ? 2 : 1
  return w
}

function pad(s: string, to: number, right = false): string {
  const fill = ' '.repeat(Math.max(0, to - width(s)))
  return right ? fill + s : s + fill
}

export function renderTable(rows: readonly Row[]): string {
  const header = ['operation', 'n', 'median', 'p95', 'baseline (median)', 'ratio']
  const cells = rows.map((r) => [
    r.operation,
    String(r.samples.n),
    formatMs(r.samples.median),
    formatMs(r.samples.p95),
    r.baseline ? `${formatMs(r.baseline.samples.median)}  ${r.baseline.label}` : '—',
    r.baseline ? `${(r.samples.median / r.baseline.samples.median).toFixed(2)}×` : '—'
  ])
  const widths = header.map((h, i) => Math.max(width(h), ...cells.map((c) => width(c[i] ?? ''))))
  // Numbers are right-aligned; the operation and the baseline's label read left to right.
  const numeric = [false, true, true, true, false, true]
  const line = (c: readonly string[]) =>
    c
      .map((s, i) => pad(s, widths[i] ?? 0, numeric[i]))
      .join('  ')
      .trimEnd()
  const rule = widths.map((w) => '─'.repeat(w)).join('  ')
  return [line(header), rule, ...cells.map(line)].join('\n') + '\n'
}
