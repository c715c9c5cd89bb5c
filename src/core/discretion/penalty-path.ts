// The penalty an item's version prescribes for the facts: precondition, level, fine band,
// sanctions. Pure; run once per (statute version, benchmark version) pair so that the pairs can be
// compared.
import type { PenaltyVersion, SanctionSpec } from './catalogue-schema'
import { APL_ART, formatCitation, type Citation } from './citation'
import type { CatalogueEntry } from './compile'
import type { UnitConfig } from './config-schema'
import type { Facts } from './facts-schema'
import { levelBand, mitigatedBand, statutoryFine } from './fine-range'
import { collectGrounds, decideLevel, type Grounds, type Sink } from './grounds'
import { rangeText, roundInward, type FenRange } from './money'
import { reduceByPublicService } from '../flexible/public-service'
import type { EvaluationProblem, PublicServiceOffset, SanctionResult } from './result-types'
import { BASE_LABEL_ZH, isPenaltyType, LEVEL_LABEL_ZH, type PenaltyLevel } from './vocabulary'

export type Candidate = { entry: CatalogueEntry; version: PenaltyVersion }

export type PenaltyPath =
  | { kind: 'orderOnly'; sanctions: SanctionResult[]; preconditionText: string; sink: Sink }
  | {
      kind: 'penalty'
      level: PenaltyLevel
      fine: FenRange | null
      statutory: FenRange | null
      sanctions: SanctionResult[]
      branchLabel: string | null
      grounds: Grounds
      /** 公益减罚 already taken off `fine`. */
      publicService: PublicServiceOffset | null
      sink: Sink
    }
  | { kind: 'problem'; problem: EvaluationProblem }

/** APL Art. 28 ¶2: 当事人有违法所得，除依法应当退赔的外，应当予以没收. */
const CONFISCATE_GAINS: SanctionResult = {
  type: 'confiscateGains',
  mode: 'mandatory',
  text: '没收违法所得',
  isPenalty: true
}

function toResult(s: SanctionSpec, mode: SanctionResult['mode']): SanctionResult {
  return { type: s.type, mode, text: s.text, isPenalty: isPenaltyType(s.type) }
}

/** Specs → sanctions for these facts: conditional ones only when their condition holds. */
export function applicableSanctions(
  specs: readonly SanctionSpec[],
  facts: Facts
): SanctionResult[] {
  const out: SanctionResult[] = []
  const gains = (facts.bases.illegalGainsFen ?? 0) > 0
  for (const s of specs) {
    if (s.mode === 'conditional') {
      if (s.when === 'hasIllegalGains' && gains) out.push(toResult(s, 'mandatory'))
    } else {
      out.push(toResult(s, s.mode))
    }
  }
  return out
}

function preconditionMet(v: PenaltyVersion, facts: Facts): boolean {
  const p = v.precondition
  if (!p) return true
  return p.kind === 'seriousCircumstances'
    ? facts.seriousCircumstances
    : facts.correction.refusedAfterOrder
}

function roundingNote(stepFen: number): string {
  return stepFen >= 100 ? `（按${stepFen / 100}元取整）` : ''
}

export function bandCitation(c: Candidate, profile: string | undefined): Citation {
  const p = profile ? c.entry.pkg.profiles[profile] : undefined
  if (p && p.basis.law) return p.basis
  return { law: c.entry.pkg.title, article: `${c.entry.item.code} 裁量阶次`, version: c.entry.from }
}

export function penaltyPath(
  c: Candidate,
  facts: Facts,
  config: UnitConfig,
  ignorePrecondition = false
): PenaltyPath {
  const v = c.version
  const sink: Sink = { trace: [], flags: [] }
  const sf = statutoryFine(v, facts)
  if (!sf.ok) {
    return {
      kind: 'problem',
      problem: {
        code: 'MISSING_BASE',
        message: `事项${c.entry.item.code}按${BASE_LABEL_ZH[sf.missing]}计罚，但事实中未提供${BASE_LABEL_ZH[sf.missing]}。`
      }
    }
  }
  if (!ignorePrecondition && v.precondition && !preconditionMet(v, facts)) {
    sink.trace.push({
      step: 'precondition',
      citation: v.penaltyProvision,
      finding: `罚款以“${v.precondition.text}”为前提，该前提尚未出现，依法仅${v.precondition.beforeMet.map((s) => s.text).join('、')}。`
    })
    return {
      kind: 'orderOnly',
      sanctions: applicableSanctions(v.precondition.beforeMet, facts),
      preconditionText: v.precondition.text,
      sink
    }
  }
  const grounds = collectGrounds(facts, v, c.entry.pkg, config, sink)
  let level = decideLevel(grounds, facts, sink)
  let sanctions = applicableSanctions(v.sanctions, facts)
  for (const a of sf.aggravated) {
    sanctions = sanctions.concat(applicableSanctions(a.addTypes, facts))
    sink.trace.push({
      step: 'statutoryBranch',
      citation: v.penaltyProvision,
      finding: `具有“${a.label}”情形，适用${formatCitation(v.penaltyProvision)}相应规定。`
    })
  }
  if (sf.multipleRulesTriggered) {
    sink.flags.push({
      code: 'MULTIPLE_AGGRAVATED_RULES',
      severity: 'warning',
      message: '多个法定加重档次同时满足，已适用目录所列第一个，请人工复核。'
    })
  }
  const gains = (facts.bases.illegalGainsFen ?? 0) > 0
  if (gains && !sanctions.some((s) => s.type === 'confiscateGains')) {
    sanctions.push(CONFISCATE_GAINS)
    sink.trace.push({
      step: 'confiscateGains',
      citation: APL_ART.art28p2,
      finding: '当事人有违法所得，除依法应当退赔的外，应当予以没收。'
    })
  }
  let fine: FenRange | null = null
  let publicService: PublicServiceOffset | null = null
  if (sf.span && sf.statutory) {
    const branch = sf.branchLabel ? `${sf.branchLabel}，` : ''
    const fallback = sf.usedFallback ? `${sf.usedFallback}，` : ''
    sink.trace.push({
      step: 'statutoryRange',
      citation: v.penaltyProvision,
      finding: `${branch}${fallback}法定罚款幅度为${rangeText(sf.statutory)}。`
    })
    if (sf.usedFallback) {
      sink.flags.push({
        code: 'BASE_FALLBACK',
        severity: 'info',
        message: `适用“${sf.usedFallback}”的固定幅度。`
      })
    }
    let band: FenRange | null
    if (level === 'MITIGATED') {
      band = mitigatedBand(sf.span)
      if (!band) {
        const optional = sanctions.some((s) => s.type === 'fine' && s.mode === 'optional')
        if (optional) {
          sanctions = sanctions.filter((s) => s.type !== 'fine')
          sink.trace.push({
            step: 'mitigation',
            citation: APL_ART.art32,
            finding: '罚款为“可以并处”且法定幅度无下限，减轻处罚以不并处罚款的方式实现。'
          })
        } else {
          band = levelBand(sf.span, 'LIGHTER', c.entry.pkg)
          sink.flags.push({
            code: 'MITIGATION_NOT_BELOW_ZERO',
            severity: 'warning',
            message:
              '法定罚款幅度无下限，无法低于法定最低额减轻，暂按从轻幅度；可考虑选择较轻的处罚种类。'
          })
        }
      }
    } else {
      band = levelBand(sf.span, level, c.entry.pkg)
    }
    if (band) {
      const rounded = roundInward(band, config.rounding.stepsFen)
      fine = { minFen: rounded.minFen, maxFen: rounded.maxFen }
      sink.trace.push({
        step: 'band',
        citation: level === 'MITIGATED' ? APL_ART.art32 : bandCitation(c, sf.span.profile),
        finding: `${LEVEL_LABEL_ZH[level]}阶次罚款幅度为${rangeText(fine)}${roundingNote(rounded.stepFen)}。`
      })
      // After the level: public service is an offset inside the band, not a ground for the level.
      const reduced =
        facts.publicService.length > 0
          ? reduceByPublicService(
              facts.publicService,
              config.flexible.publicService,
              fine,
              sf.statutory,
              sink
            )
          : null
      if (reduced) {
        fine = reduced.offset.after
        publicService = reduced.offset
        grounds.mitigating.push(reduced.ground)
      }
    }
  } else if (level === 'MITIGATED') {
    level = 'LIGHTER'
  }
  return {
    kind: 'penalty',
    level,
    fine,
    statutory: sf.statutory,
    sanctions,
    branchLabel: sf.branchLabel,
    grounds,
    publicService,
    sink
  }
}

/** Statutory range only, for the APL Art. 37 comparison of two statute versions. */
export function statutoryRangeFor(v: PenaltyVersion, facts: Facts): FenRange | null {
  const sf = statutoryFine(v, facts)
  return sf.ok ? sf.statutory : null
}
