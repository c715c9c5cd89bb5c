// Which statute version and which benchmark version apply (APL Art. 37; domain.md §9.2).
//
// Statutes: the law in force when the act was done applies, unless at decision time it has been
// amended or repealed and the new rule is lighter or no longer treats the act as punishable. For a
// continuing act, "when the act was done" is read as its end date (an inference from Art. 36 ¶2).
// "Lighter" compares the statutory fine range for these facts: the lower maximum is lighter, then
// the lower minimum; equal ranges keep the old law.
//
// Benchmarks are normative documents, not 法律、法规、规章, so Art. 37 does not govern them; as a
// design rule the engine computes under the benchmark in force at the act and at the decision (each
// that covers the applied statute version) and proposes the lighter, recording both.
import type { ItemVersion, PenaltyVersion } from './catalogue-schema'
import { APL_ART } from './citation'
import { entryAt, sameStatute, versionAt, type CatalogueEntry } from './compile'
import type { Facts } from './facts-schema'
import { isLighter, rangeText, type FenRange } from './money'
import { statutoryRangeFor } from './penalty-path'
import type {
  BenchmarkRef,
  EvaluationProblem,
  StatuteRef,
  TraceStep,
  Versions
} from './result-types'
import { dateZh } from './citation'

export type Located = { entry: CatalogueEntry; version: ItemVersion }

export type Resolved = {
  bmAct: CatalogueEntry | null
  bmDecision: CatalogueEntry | null
  atAct: Located
  atDecision: Located | null
}

function locate(
  entries: readonly CatalogueEntry[],
  first: CatalogueEntry | null,
  second: CatalogueEntry | null,
  date: string
): Located | null {
  for (const e of [first, second]) {
    if (!e) continue
    const v = versionAt(e.item, date)
    if (v) return { entry: e, version: v }
  }
  for (const e of entries) {
    const v = versionAt(e.item, date)
    if (v) return { entry: e, version: v }
  }
  return null
}

export function resolveVersions(
  entries: readonly CatalogueEntry[],
  actDate: string,
  decisionDate: string
): Resolved | EvaluationProblem {
  const bmAct = entryAt(entries, actDate)
  const bmDecision = entryAt(entries, decisionDate)
  if (!bmAct && !bmDecision) {
    return {
      code: 'NO_BENCHMARK_IN_FORCE',
      message: `违法行为发生时（${actDate}）和作出决定时（${decisionDate}）均无已发布的裁量基准收录本事项。`
    }
  }
  const atAct = locate(entries, bmAct, bmDecision, actDate)
  if (!atAct) {
    return {
      code: 'NO_STATUTE_AT_ACT',
      message: `目录未收录违法行为发生时（${actDate}）有效的法律版本，无法依照APL第三十七条确定适用的规定。`
    }
  }
  return { bmAct, bmDecision, atAct, atDecision: locate(entries, bmDecision, bmAct, decisionDate) }
}

export function statuteRef(v: ItemVersion): StatuteRef {
  return { law: v.statute.law, version: v.statute.version, inForceFrom: v.statute.inForceFrom }
}

export function benchmarkRef(e: CatalogueEntry): BenchmarkRef {
  return {
    id: e.pkg.id,
    title: e.pkg.title,
    documentNumber: e.pkg.documentNumber,
    effectiveFrom: e.pkg.effectiveFrom
  }
}

export type LawChoice = {
  lighterLaw: Versions['lighterLaw']
  applied: Located
  trace: TraceStep
  ranges: Versions['statuteRanges']
}

function rangeOrNone(r: FenRange | null): string {
  return r ? rangeText(r) : '无罚款'
}

/** APL Art. 37. */
export function chooseLaw(r: Resolved, facts: Facts): LawChoice {
  const old = r.atAct
  const neu = r.atDecision
  const oldText = `《${old.version.statute.law}》（${dateZh(old.version.statute.version)}文本）`
  if (!neu || sameStatute(old.version, neu.version)) {
    const finding = neu
      ? `违法行为发生时与作出决定时有效的均为${oldText}，适用该规定。`
      : `目录未收录作出决定时有效的法律版本，依照违法行为发生时的${oldText}处理，请人工核对法律是否修改。`
    return {
      lighterLaw: neu ? 'sameVersion' : 'decisionUnknown',
      applied: old,
      trace: { step: 'lighterLaw', citation: APL_ART.art37, finding },
      ranges: null
    }
  }
  const newText = `《${neu.version.statute.law}》（${dateZh(neu.version.statute.version)}文本）`
  if (neu.version.kind === 'notPunishable') {
    return {
      lighterLaw: 'newNotPunishable',
      applied: neu,
      ranges: null,
      trace: {
        step: 'lighterLaw',
        citation: APL_ART.art37,
        finding: `违法行为发生时适用${oldText}；作出决定时${newText}已不再对该行为规定行政处罚，适用新的规定。`
      }
    }
  }
  if (old.version.kind !== 'penalty' || neu.version.kind !== 'penalty') {
    return {
      lighterLaw: 'oldApplies',
      applied: old,
      trace: {
        step: 'lighterLaw',
        citation: APL_ART.art37,
        finding: `适用违法行为发生时的${oldText}。`
      },
      ranges: null
    }
  }
  const oldRange = statutoryRangeFor(old.version, facts)
  const newRange = statutoryRangeFor(neu.version, facts)
  const lighter = newRange !== null && (oldRange === null ? false : isLighter(newRange, oldRange))
  const ranges = { atAct: oldRange, atDecision: newRange }
  const compared = `旧规定法定罚款幅度${rangeOrNone(oldRange)}，新规定${rangeOrNone(newRange)}`
  return lighter
    ? {
        lighterLaw: 'newLighter',
        applied: neu,
        ranges,
        trace: {
          step: 'lighterLaw',
          citation: APL_ART.art37,
          finding: `违法行为发生时适用${oldText}，作出决定时已修改为${newText}；${compared}，新的规定处罚较轻，适用新的规定（从旧兼从轻）。`
        }
      }
    : {
        lighterLaw: 'oldApplies',
        applied: old,
        ranges,
        trace: {
          step: 'lighterLaw',
          citation: APL_ART.art37,
          finding: `违法行为发生时适用${oldText}，作出决定时已修改为${newText}；${compared}，新的规定处罚并不较轻，适用违法行为发生时的规定。`
        }
      }
}

/** The benchmark entries (at the act, at the decision) that carry the applied statute version. */
export function benchmarkCandidates(r: Resolved, applied: Located): Located[] {
  const out: Located[] = []
  for (const e of [r.bmAct, r.bmDecision]) {
    if (!e || out.some((x) => x.entry === e)) continue
    const v = e.item.versions.find((x) => sameStatute(x, applied.version))
    if (v) out.push({ entry: e, version: v })
  }
  return out.length > 0 ? out : [applied]
}

export function isPenaltyVersion(v: ItemVersion): v is PenaltyVersion {
  return v.kind === 'penalty'
}
