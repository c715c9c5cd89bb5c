// Mitigating (从轻/减轻) and aggravating (从重) grounds, and the level they lead to
// (domain.md §10.1 step 4).
import type { CataloguePackage, PenaltyVersion } from './catalogue-schema'
import { APL_ART } from './citation'
import type { UnitConfig } from './config-schema'
import type { Facts } from './facts-schema'
import type { Flag, GroundView, TraceStep } from './result-types'
import {
  AGGRAVATING_LABEL_ZH,
  MITIGATING_ITEM_ZH,
  MITIGATING_LABEL_ZH,
  type PenaltyLevel
} from './vocabulary'

export type Ground = GroundView
export type Grounds = { mitigating: Ground[]; aggravating: Ground[] }

export type Sink = { trace: TraceStep[]; flags: Flag[] }

function mitigatingGrounds(facts: Facts, version: PenaltyVersion): Ground[] {
  const out: Ground[] = []
  const p = facts.party
  if (p.kind === 'person' && p.ageAtViolation !== undefined && p.ageAtViolation >= 14) {
    if (p.ageAtViolation < 18) {
      out.push({
        code: 'minor14to18',
        label: '已满十四周岁不满十八周岁的未成年人',
        citation: APL_ART.art30,
        mandatory: true
      })
    }
  }
  if (p.kind === 'person' && p.capacity === 'partial') {
    out.push({
      code: 'partialCapacity',
      label: '尚未完全丧失辨认或者控制自己行为能力',
      citation: APL_ART.art31,
      mandatory: false
    })
  }
  for (const g of facts.mitigating) {
    out.push({
      code: g,
      label: MITIGATING_LABEL_ZH[g],
      citation: { ...APL_ART.art32, article: `第三十二条${MITIGATING_ITEM_ZH[g]}` },
      mandatory: true
    })
  }
  for (const s of version.sectorGrounds) {
    if (s.effect !== 'shallLighterOrMitigate' && s.effect !== 'mayLighterOrMitigate') continue
    if (!facts.sectorGrounds.includes(s.code)) continue
    if (s.inForceFrom && facts.dates.decision < s.inForceFrom) continue
    out.push({
      code: s.code,
      label: s.text,
      citation: s.citation,
      mandatory: s.effect === 'shallLighterOrMitigate'
    })
  }
  return out
}

/** Whether 拒不改正 already counts as the fine's precondition or a statutory branch of this
 * version: the same fact may not be weighed twice (禁止重复评价). */
function refusalIsStatutory(version: PenaltyVersion): boolean {
  if (version.precondition?.kind === 'refusedToCorrect') return true
  if (version.aggravated.some((a) => a.trigger === 'refusedToCorrect')) return true
  const fine = version.fine
  return (
    fine.kind === 'tieredByBase' &&
    fine.branches.some((b) => b.aggravated.some((a) => a.trigger === 'refusedToCorrect'))
  )
}

function aggravatingGrounds(
  facts: Facts,
  version: PenaltyVersion,
  pkg: CataloguePackage,
  config: UnitConfig,
  sink: Sink
): Ground[] {
  const basis = pkg.aggravatingBasis
  const out: Ground[] = []
  for (const g of facts.aggravating) {
    out.push({ code: g, label: AGGRAVATING_LABEL_ZH[g], citation: basis, mandatory: false })
  }
  if (facts.priorViolations > 0 && config.lookBack.repeatIsAggravating) {
    out.push({
      code: 'repeatViolation',
      label: `${config.lookBack.months}个月内再次实施同一违法行为（已受处罚${facts.priorViolations}次）`,
      citation: basis,
      mandatory: false
    })
  }
  if (facts.harm === 'serious') {
    out.push({ code: 'seriousHarm', label: '造成严重危害后果', citation: basis, mandatory: false })
  }
  if (facts.publicEmergency) {
    out.push({
      code: 'publicEmergency',
      label: '在突发事件期间违反突发事件应对措施，依法快速、从重处罚',
      citation: APL_ART.art49,
      mandatory: true
    })
  }
  if (facts.correction.refusedAfterOrder) {
    if (refusalIsStatutory(version)) {
      sink.flags.push({
        code: 'DOUBLE_COUNT_AVOIDED',
        severity: 'info',
        message: '“拒不改正”已作为本事项罚款的法定前提或加重档次，不再作为从重情节重复评价。'
      })
    } else {
      out.push({
        code: 'refusedToCorrect',
        label: '责令改正后拒不改正',
        citation: basis,
        mandatory: false
      })
    }
  }
  return out
}

export function collectGrounds(
  facts: Facts,
  version: PenaltyVersion,
  pkg: CataloguePackage,
  config: UnitConfig,
  sink: Sink
): Grounds {
  return {
    mitigating: mitigatingGrounds(facts, version),
    aggravating: aggravatingGrounds(facts, version, pkg, config, sink)
  }
}

function labels(gs: Ground[]): string {
  return gs.map((g) => g.label).join('；')
}

/** Grounds → level. Both kinds together → NORMAL, flagged for a human decision: the benchmark's
 * conflict rule was not obtained (domain.md §10.1 step 4). */
export function decideLevel(g: Grounds, facts: Facts, sink: Sink): PenaltyLevel {
  const m = g.mitigating.length > 0
  const a = g.aggravating.length > 0
  if (facts.proposeMitigation && !m) {
    sink.flags.push({
      code: 'MITIGATION_WITHOUT_GROUND',
      severity: 'warning',
      message:
        '建议减轻处罚，但未记录APL第三十条、第三十一条、第三十二条或者行业规定的从轻、减轻情形，不予采纳。'
    })
  }
  if (m && a) {
    sink.flags.push({
      code: 'CONFLICTING_GROUNDS',
      severity: 'warning',
      message: `同时存在从轻、减轻情形（${labels(g.mitigating)}）和从重情形（${labels(g.aggravating)}），暂按一般阶次，须由负责人综合裁量决定；注意APL第三十条、第三十二条规定的情形为“应当”从轻或者减轻。`
    })
    sink.trace.push({
      step: 'level',
      citation: APL_ART.art32,
      finding: '从轻与从重情形并存，裁量基准未规定冲突规则，暂按一般阶次并提示人工决定。'
    })
    return 'NORMAL'
  }
  if (m) {
    const level: PenaltyLevel = facts.proposeMitigation ? 'MITIGATED' : 'LIGHTER'
    const first = g.mitigating[0]
    sink.trace.push({
      step: 'level',
      citation: first ? first.citation : APL_ART.art32,
      finding: `具有从轻、减轻情形：${labels(g.mitigating)}；${level === 'MITIGATED' ? '办案人员建议减轻处罚' : '适用从轻处罚（从轻不得减少法定处罚种类）'}。`
    })
    return level
  }
  if (a) {
    const first = g.aggravating[0]
    sink.trace.push({
      step: 'level',
      citation: first ? first.citation : APL_ART.art5,
      finding: `具有从重情形且无从轻、减轻情形：${labels(g.aggravating)}；适用从重处罚。`
    })
    return 'HEAVIER'
  }
  sink.trace.push({
    step: 'level',
    citation: APL_ART.art5,
    finding: '无从轻、减轻或者从重情形，适用一般阶次（过罚相当）。'
  })
  return 'NORMAL'
}
