// The Electronegativity gate's decisions, as pure functions over the tool's output: the issues and
// parse errors its programmatic API returned for this repository (captured with 1.10.3 on
// 2026-11-28, paths shortened to /repo), plus the cases the gate must catch.
import { describe, expect, it } from 'vitest'
import {
  decide,
  inlineDisables,
  parseAllowlist,
  PASS_LINE,
  summary,
  toFindings,
  toParseErrors
} from './electronegativity.mjs'

const ROOT = '/repo'
const WINDOW_LINE = 'const win = new BrowserWindow(hardenedWindowOptions({ preload, devTools }))'
const level = (name: string, value: number) => ({ name, value })

const issue = (
  id: string,
  severity: [string, number],
  confidence: [string, number],
  file: string,
  sample: string,
  line = 12,
  manualReview = false
) => ({
  file,
  sample,
  location: { line, column: 14 },
  id,
  description: `${id} description`,
  severity: level(...severity),
  confidence: level(...confidence),
  manualReview
})

/** `src/` as scanned on 2026-11-28: four findings on the window's options, the CSP below the bar. */
const CAPTURED_SRC = {
  issues: [
    issue(
      'CSP_GLOBAL_CHECK',
      ['LOW', 1],
      ['FIRM', 1],
      '/repo/src/renderer/index.html',
      "default-src 'self'; script-src 'self'",
      5,
      true
    ),
    issue('AUXCLICK_JS_CHECK', ['MEDIUM', 2], ['FIRM', 1], '/repo/src/main/window.ts', WINDOW_LINE),
    issue(
      'CONTEXT_ISOLATION_JS_CHECK',
      ['HIGH', 3],
      ['FIRM', 1],
      '/repo/src/main/window.ts',
      WINDOW_LINE
    ),
    issue('SANDBOX_JS_CHECK', ['MEDIUM', 2], ['FIRM', 1], '/repo/src/main/window.ts', WINDOW_LINE),
    issue(
      'PRELOAD_JS_CHECK',
      ['MEDIUM', 2],
      ['FIRM', 1],
      '/repo/src/main/window.ts',
      WINDOW_LINE,
      12,
      true
    )
  ],
  errors: []
}

/** `out/` (the build): the main bundle cannot be parsed, so the global checks see nothing of it. */
const CAPTURED_OUT = {
  issues: [
    issue('LIMIT_NAVIGATION_GLOBAL_CHECK', ['HIGH', 3], ['CERTAIN', 2], 'N/A', '', 0),
    issue('PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK', ['MEDIUM', 2], ['CERTAIN', 2], 'N/A', '', 0)
  ],
  errors: [
    {
      file: '/repo/out/main/index.js',
      message: 'Unknown node type ClassPrivateProperty.',
      tolerable: false
    }
  ]
}

const REASON = 'Reviewed: the options come from hardenedWindowOptions(), tested beside it.'

function gate(
  captured: { issues: unknown[]; errors: unknown[] },
  allowlist: unknown[] = [],
  inline: ReturnType<typeof inlineDisables> = []
) {
  return decide({
    findings: toFindings(captured.issues, ROOT),
    parseErrors: toParseErrors(captured.errors, ROOT),
    allowlist: parseAllowlist(JSON.stringify(allowlist)),
    inline
  })
}

describe('Electronegativity gate', () => {
  it('fails on the captured scan of src/, naming each finding at medium or above', () => {
    const d = gate(CAPTURED_SRC)
    expect(d.failed).toBe(true)
    expect(d.blocking.map((f) => `${f.id} ${f.file}:${f.line}`)).toEqual([
      'AUXCLICK_JS_CHECK src/main/window.ts:12',
      'CONTEXT_ISOLATION_JS_CHECK src/main/window.ts:12',
      'SANDBOX_JS_CHECK src/main/window.ts:12',
      'PRELOAD_JS_CHECK src/main/window.ts:12'
    ])
    expect(d.below.map((f) => f.id)).toEqual(['CSP_GLOBAL_CHECK'])
    expect(summary(d)).toContain('Electronegativity: 4 findings at medium or above.')
  })

  it('passes with the pass line when only low and informational findings remain', () => {
    const d = gate({ issues: CAPTURED_SRC.issues.slice(0, 1), errors: [] })
    expect(d.failed).toBe(false)
    expect(summary(d).at(-1)).toBe(PASS_LINE)
  })

  it('counts tentative and manual-review findings at medium or above', () => {
    const tentative = issue('X_CHECK', ['MEDIUM', 2], ['TENTATIVE', 0], '/repo/src/a.ts', 'x()')
    expect(gate({ issues: [tentative], errors: [] }).blocking).toHaveLength(1)
  })

  it('fails when a file could not be analysed, even with no finding', () => {
    const d = gate(CAPTURED_OUT)
    expect(d.unparsed).toEqual([
      {
        file: 'out/main/index.js',
        message: 'Unknown node type ClassPrivateProperty.',
        tolerable: false
      }
    ])
    expect(gate({ issues: [], errors: CAPTURED_OUT.errors }).failed).toBe(true)
    expect(summary(d)).toContain(
      'NOT ANALYSED out/main/index.js: Unknown node type ClassPrivateProperty.'
    )
  })

  it('lets a finding through only by an allowlist entry for that check, file and line text', () => {
    const entries = [
      'AUXCLICK_JS_CHECK',
      'CONTEXT_ISOLATION_JS_CHECK',
      'SANDBOX_JS_CHECK',
      'PRELOAD_JS_CHECK'
    ].map((id) => ({ id, file: 'src/main/window.ts', sample: WINDOW_LINE, reason: REASON }))
    const d = gate(CAPTURED_SRC, entries)
    expect(d.failed).toBe(false)
    expect(d.allowed).toHaveLength(4)
    expect(summary(d)).toContain(PASS_LINE)
    // The flagged line changed: the entry no longer covers it, and is reported stale.
    const moved = gate(CAPTURED_SRC, [
      { ...entries[0], sample: 'const win = new BrowserWindow(x)' }
    ])
    expect(moved.blocking.map((f) => f.id)).toContain('AUXCLICK_JS_CHECK')
    expect(moved.stale).toHaveLength(1)
  })

  it('fails on an allowlist entry that matches nothing', () => {
    const d = gate({ issues: [], errors: [] }, [
      { id: 'SANDBOX_JS_CHECK', file: 'src/main/gone.ts', sample: 'x', reason: REASON }
    ])
    expect(d.failed).toBe(true)
    expect(summary(d)[0]).toMatch(/^STALE ALLOWLIST ENTRY SANDBOX_JS_CHECK/)
  })

  it('refuses an allowlist entry without a reason or with unknown fields', () => {
    const entry = { id: 'A', file: 'f', sample: 's', reason: 'ok' }
    expect(() => parseAllowlist(JSON.stringify([entry]))).toThrow(/reason must say why/)
    expect(() => parseAllowlist(JSON.stringify([{ ...entry, reason: REASON, line: 3 }]))).toThrow(
      /only id, file, sample, reason/
    )
    expect(() => parseAllowlist('{}')).toThrow(/JSON array/)
  })

  it('requires a reason after the check names of an inline eng-disable', () => {
    const text = [
      "import x from 'y'",
      '  preload, // eng-disable PRELOAD_JS_CHECK: sandboxed preload exposing one invoke(), reviewed',
      '/* eng-disable SANDBOX_JS_CHECK */',
      '<!-- eng-disable CSP_HTML_CHECK -->'
    ].join('\n')
    const found = inlineDisables(text, 'src/main/window.ts')
    expect(found).toEqual([
      {
        file: 'src/main/window.ts',
        line: 2,
        checks: ['PRELOAD_JS_CHECK'],
        reason: 'sandboxed preload exposing one invoke(), reviewed'
      },
      { file: 'src/main/window.ts', line: 3, checks: ['SANDBOX_JS_CHECK'], reason: '' },
      { file: 'src/main/window.ts', line: 4, checks: ['CSP_HTML_CHECK'], reason: '' }
    ])
    const d = gate({ issues: [], errors: [] }, [], found)
    expect(d.unjustified.map((x) => x.line)).toEqual([3, 4])
    expect(d.failed).toBe(true)
  })

  it('refuses output of an unexpected shape instead of reading it as no finding', () => {
    expect(() => toFindings({ issues: [] }, ROOT)).toThrow(/not a list/)
    expect(() =>
      toFindings([{ ...CAPTURED_SRC.issues[1], severity: { name: 'SEVERE' } }], ROOT)
    ).toThrow(/unexpected severity/)
    expect(() => toFindings([{ id: 'X' }], ROOT)).toThrow(/unexpected issue/)
  })
})
