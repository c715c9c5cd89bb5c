// Statutory fine range of the applicable branch, and the sub-range (band) of a level within it.
import type {
  Aggravated,
  BaseBounds,
  Bands,
  CataloguePackage,
  LeafRule,
  PenaltyVersion
} from './catalogue-schema'
import type { Facts } from './facts-schema'
import { timesMultiple, type FenRange } from './money'
import type { BaseKind, PenaltyLevel } from './vocabulary'
import { assertNever } from '../assert'

/** A leaf rule reduced to what the band computation needs. */
export type Span =
  | { unit: 'fen'; minFen: number; maxFen: number; profile?: string; bands?: Bands }
  | {
      unit: 'multiple'
      baseFen: number
      multipleMin: number
      multipleMax: number
      profile?: string
      bands?: Bands
    }
  | {
      unit: 'perUnit'
      units: number
      perUnitMinFen: number
      perUnitMaxFen: number
      profile?: string
      bands?: Bands
    }

export type StatutoryFine =
  | {
      ok: true
      span: Span | null
      statutory: FenRange | null
      branchLabel: string | null
      /** Triggered statutory branches (情节严重 / 拒不改正) of this version. */
      aggravated: Aggravated[]
      usedFallback: string | null
      multipleRulesTriggered: boolean
    }
  | { ok: false; missing: BaseKind }

export function baseValue(kind: BaseKind, facts: Facts): number | undefined {
  switch (kind) {
    case 'goodsValue':
      return facts.bases.goodsValueFen
    case 'illegalGains':
      // 没有违法所得 is a statutory case of its own (道路运输条例 Art. 63), so absent means zero.
      return facts.bases.illegalGainsFen ?? 0
    case 'adFee':
      return facts.bases.adFeeFen
  }
  return assertNever(kind)
}

export function withinBounds(v: number, b: BaseBounds): boolean {
  return (
    (b.gtFen === undefined || v > b.gtFen) &&
    (b.gteFen === undefined || v >= b.gteFen) &&
    (b.ltFen === undefined || v < b.ltFen) &&
    (b.lteFen === undefined || v <= b.lteFen)
  )
}

export function triggered(a: Aggravated, facts: Facts): boolean {
  return a.trigger === 'seriousCircumstances'
    ? facts.seriousCircumstances
    : facts.correction.refusedAfterOrder
}

const NO_AGGRAVATED: Aggravated[] = []

/** Select the branch (base thresholds, then 情节严重/拒不改正 branches) and its statutory range. */
export function statutoryFine(version: PenaltyVersion, facts: Facts): StatutoryFine {
  let leaf: LeafRule
  let branchLabel: string | null = null
  let candidates: Aggravated[] = version.aggravated
  const rule = version.fine
  if (rule.kind === 'tieredByBase') {
    const v = baseValue(rule.base, facts)
    if (v === undefined) return { ok: false, missing: rule.base }
    const branch = rule.branches.find((b) => withinBounds(v, b.when))
    // The catalogue check proves the branches cover every amount; this guards a broken catalogue.
    if (!branch) return { ok: false, missing: rule.base }
    leaf = branch.rule
    branchLabel = branch.label
    if (branch.aggravated.length > 0) candidates = candidates.concat(branch.aggravated)
  } else {
    leaf = rule
  }
  let aggravated = NO_AGGRAVATED
  let replaced = 0
  for (const a of candidates) {
    if (!triggered(a, facts)) continue
    if (aggravated === NO_AGGRAVATED) aggravated = []
    aggravated.push(a)
    if (a.rule) {
      // The first statutory branch with its own range wins; a second one is flagged for review.
      if (replaced === 0) leaf = a.rule
      replaced++
    }
  }
  return spanOf(leaf, facts, branchLabel, aggravated, replaced > 1)
}

function spanOf(
  leaf: LeafRule,
  facts: Facts,
  branchLabel: string | null,
  aggravated: Aggravated[],
  multipleRulesTriggered: boolean
): StatutoryFine {
  const done = (span: Span | null, usedFallback: string | null = null): StatutoryFine => ({
    ok: true,
    span,
    statutory: span ? spanRange(span) : null,
    branchLabel,
    aggravated,
    usedFallback,
    multipleRulesTriggered
  })
  switch (leaf.kind) {
    case 'none':
      return done(null)
    case 'fixedRange':
      return done({ unit: 'fen', minFen: leaf.minFen, maxFen: leaf.maxFen, ...levelSource(leaf) })
    case 'maxOnly':
      return done({ unit: 'fen', minFen: 0, maxFen: leaf.maxFen, ...levelSource(leaf) })
    case 'perUnit':
      return done({
        unit: 'perUnit',
        units: facts.bases.units ?? 0,
        perUnitMinFen: leaf.perUnitMinFen,
        perUnitMaxFen: leaf.perUnitMaxFen,
        ...levelSource(leaf)
      })
    case 'multipleOfBase': {
      const base = baseValue(leaf.base, facts)
      const fb = leaf.fallback
      if (fb && (base === undefined || facts.bases.baseUncomputableOrLow)) {
        const span: Span = { unit: 'fen', minFen: fb.minFen, maxFen: fb.maxFen, ...levelSource(fb) }
        return done(span, fb.when)
      }
      if (base === undefined) return { ok: false, missing: leaf.base }
      return done({
        unit: 'multiple',
        baseFen: base,
        multipleMin: leaf.multipleMin,
        multipleMax: leaf.multipleMax,
        ...levelSource(leaf)
      })
    }
  }
  return assertNever(leaf)
}

function levelSource(x: { profile?: string | undefined; bands?: Bands | undefined }) {
  return { profile: x.profile, bands: x.bands }
}

export function spanRange(s: Span): FenRange {
  switch (s.unit) {
    case 'fen':
      return { minFen: s.minFen, maxFen: s.maxFen }
    case 'multiple':
      return {
        minFen: timesMultiple(s.baseFen, s.multipleMin),
        maxFen: timesMultiple(s.baseFen, s.multipleMax)
      }
    case 'perUnit':
      return { minFen: s.units * s.perUnitMinFen, maxFen: s.units * s.perUnitMaxFen }
  }
  return assertNever(s)
}

/** Convert a point on the span's own scale (fen, multiple, fen per unit) to fen. */
function toFen(s: Span, x: number): number {
  switch (s.unit) {
    case 'fen':
      return Math.round(x)
    case 'multiple':
      return timesMultiple(s.baseFen, x)
    case 'perUnit':
      return Math.round(s.units * x)
  }
  return assertNever(s)
}

function scaleBounds(s: Span): [number, number] {
  switch (s.unit) {
    case 'fen':
      return [s.minFen, s.maxFen]
    case 'multiple':
      return [s.multipleMin, s.multipleMax]
    case 'perUnit':
      return [s.perUnitMinFen, s.perUnitMaxFen]
  }
  return assertNever(s)
}

/**
 * The band of LIGHTER / NORMAL / HEAVIER inside the statutory range, from explicit bands or a
 * profile (fractions of the span), clamped to the statutory range. Falls back to the whole range
 * when the item names neither (the catalogue check reports that).
 */
export function levelBand(
  s: Span,
  level: Exclude<PenaltyLevel, 'MITIGATED'>,
  pkg: CataloguePackage
): FenRange {
  const statutory = spanRange(s)
  let lo: number
  let hi: number
  const profile = s.profile ? pkg.profiles[s.profile] : undefined
  if (s.bands) {
    lo = toFen(s, s.bands[level][0])
    hi = toFen(s, s.bands[level][1])
  } else if (profile) {
    const [a, b] = scaleBounds(s)
    const f = profile[level]
    lo = toFen(s, a + f[0] * (b - a))
    hi = toFen(s, a + f[1] * (b - a))
  } else {
    return statutory
  }
  return {
    minFen: Math.min(Math.max(lo, statutory.minFen), statutory.maxFen),
    maxFen: Math.max(Math.min(hi, statutory.maxFen), statutory.minFen)
  }
}

/** 减轻: below the statutory minimum (or the explicit MITIGATED band); null when the minimum is 0,
 * as nothing lies below it. */
export function mitigatedBand(s: Span): FenRange | null {
  if (s.bands?.MITIGATED) {
    return { minFen: toFen(s, s.bands.MITIGATED[0]), maxFen: toFen(s, s.bands.MITIGATED[1]) }
  }
  const min = spanRange(s).minFen
  return min > 0 ? { minFen: 0, maxFen: min - 1 } : null
}
