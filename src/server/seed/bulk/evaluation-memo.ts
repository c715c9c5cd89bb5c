// The benchmark engine for a million seeded cases. Running it (facts parse, evaluate, stringify) costs
// about 150 µs a case and writes ~6 KB of JSON, so seeded evaluations are memoised: cases whose facts
// agree in everything but their dates, and whose dates fall between the same catalogue dates (so
// every version, list and exemption test comes out the same), share one engine run, and each case
// gets the stored JSON re-rendered with its own dates (json-template.ts).
//
// Nothing is assumed about the engine: the first case of a key is evaluated for real and becomes the
// template; the second is evaluated for real too and must render identically from the template, or
// the key is never templated; afterwards every `verifyEvery`-th rendering is checked against a real
// run and a difference stops the seed. The seed tests re-run the engine on every stored evaluation.
import { dateZh } from '../../../core/discretion/citation'
import { addYears } from '../../../core/discretion/dates'
import { evaluate } from '../../../core/discretion/evaluate'
import { parseFacts } from '../../../core/discretion/parse'
import type { EvaluationResult } from '../../../core/discretion/result-types'
import type { CaseFactsInput } from '../../../shared/schemas/discretion'
import type { ActiveCatalogue } from '../../discretion/catalogue-source'
import { daysBetween } from '../dates'
import { makeTemplate, renderTemplate, type JsonTemplate } from './json-template'

/** What discretion/apply evaluates: the officer's facts plus what the server adds. */
export type EngineFacts = CaseFactsInput & { priorViolations: number; publicService: [] }

export type StoredEvaluation = {
  /** JSON of the parsed facts and of the result, as discretion/apply stores them. */
  factsJson: string
  resultJson: string
  /** The result of the key's first case: every field but the printed dates is this case's too. */
  shape: EvaluationResult
}

type Entry = { template: JsonTemplate | null; tested: boolean; shape: EvaluationResult }

export type MemoStats = { keys: number; engineRuns: number; rendered: number; verified: number }

const ISO = /^\d{4}-\d{2}-\d{2}$/

/** Every date the catalogue and the unit configuration mention, sorted. */
function cutDates(active: ActiveCatalogue): string[] {
  const found = new Set<string>()
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      if (ISO.test(v)) found.add(v)
    } else if (Array.isArray(v)) {
      for (const x of v) walk(x)
    } else if (v !== null && typeof v === 'object') {
      for (const x of Object.values(v)) walk(x)
    }
  }
  walk(active.packages)
  walk(active.config)
  return [...found].sort()
}

/** 2·i for a date strictly between cut i−1 and cut i, 2·i+1 for a date equal to cut i. */
function position(cuts: readonly string[], date: string): number {
  let lo = 0
  let hi = cuts.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((cuts[mid] ?? '') < date) lo = mid + 1
    else hi = mid
  }
  return 2 * lo + (cuts[lo] === date ? 1 : 0)
}

/** The case's dates that the engine may print, ISO and Chinese: the template's tokens. */
function tokensOf(f: EngineFacts): string[] {
  const iso = [
    f.dates.violation,
    f.dates.discovery,
    f.dates.decision,
    f.correction?.date ?? '',
    addYears(f.dates.violation, 2),
    addYears(f.dates.violation, 5)
  ]
  // The limitation check prints on which day after the act it was discovered (第N日被发现).
  const days = `第${daysBetween(f.dates.violation, f.dates.discovery)}日`
  return [...iso, ...iso.map((d) => (d === '' ? '' : dateZh(d))), days]
}

export function evaluationMemo(active: ActiveCatalogue, verifyEvery = 1000) {
  const cuts = cutDates(active)
  const entries = new Map<string, Entry>()
  const stats: MemoStats = { keys: 0, engineRuns: 0, rendered: 0, verified: 0 }

  const run = (f: EngineFacts) => {
    stats.engineRuns++
    const parsed = parseFacts(f)
    if (!parsed.ok) throw new Error(`seeded facts refused: ${JSON.stringify(parsed.issues)}`)
    const result = evaluate(parsed.value, active.catalogue, active.config)
    return { factsJson: JSON.stringify(parsed.value), resultJson: JSON.stringify(result), result }
  }

  const keyOf = (f: EngineFacts, tokens: readonly string[]): string => {
    const d = f.dates
    const dated = [d.violation, d.discovery, d.decision, f.correction?.date ?? '']
    // Which of the case's dates coincide: a template fills equal dates from one token.
    const equal = tokens.slice(0, 6).map((t) => tokens.indexOf(t))
    const undated = { ...f, dates: null, correction: { ...f.correction, date: null } }
    return [
      JSON.stringify(undated),
      dated.map((x) => (x === '' ? -1 : position(cuts, x))).join(','),
      equal.join(',')
    ].join('|')
  }

  function evaluateSeeded(f: EngineFacts): StoredEvaluation {
    const tokens = tokensOf(f)
    const key = keyOf(f, tokens)
    const entry = entries.get(key)
    if (!entry) {
      const real = run(f)
      stats.keys++
      entries.set(key, {
        template: makeTemplate(`${real.factsJson}\n${real.resultJson}`, tokens),
        tested: false,
        shape: real.result
      })
      return { factsJson: real.factsJson, resultJson: real.resultJson, shape: real.result }
    }
    const checkNow = !entry.tested || ++stats.rendered % verifyEvery === 0
    if (entry.template && !checkNow) return split(renderTemplate(entry.template, tokens), entry)
    const real = run(f)
    if (entry.template) {
      const rendered = renderTemplate(entry.template, tokens)
      const same = rendered === `${real.factsJson}\n${real.resultJson}`
      if (entry.tested && !same) {
        throw new Error(`seeded evaluation differs from the engine for ${f.itemCode} ${d(f)}`)
      }
      if (entry.tested) stats.verified++
      // The second case of a key decides whether the key is templated at all.
      if (!entry.tested && !same) entry.template = null
    }
    entry.tested = true
    return { factsJson: real.factsJson, resultJson: real.resultJson, shape: entry.shape }
  }

  return { evaluate: evaluateSeeded, stats }
}

const d = (f: EngineFacts) => `${f.dates.violation}/${f.dates.discovery}/${f.dates.decision}`

function split(text: string, entry: Entry): StoredEvaluation {
  const cut = text.indexOf('\n')
  return { factsJson: text.slice(0, cut), resultJson: text.slice(cut + 1), shape: entry.shape }
}
