// Grounds for not imposing a penalty (domain.md §3.1): mandatory ones (APL Arts. 30, 31,
// 33 ¶1 s.1, 33 ¶2, sector rules that say 不予处罚) and discretionary ones (Art. 33 ¶1 s.2
// 首违不罚, sector rules that say 可以免予处罚). A published 免罚清单 is a sufficient aid, never a
// requirement: Art. 33 is always evaluated on the facts, whether or not the item is listed.
import type { CatalogueItem, ListReference, PenaltyVersion, SectorGround } from './catalogue-schema'
import { APL_ART, type Citation } from './citation'
import type { Facts } from './facts-schema'
import type { Sink } from './grounds'
import { applicableSanctions } from './penalty-path'
import type { NoPenaltyGround, SanctionResult } from './result-types'

export type Exemption = {
  ground: NoPenaltyGround
  mandatory: boolean
  citation: Citation
  finding: string
  /** Sanctions still imposed (食品安全法 Art. 136: confiscation). */
  keep: SanctionResult[]
}

const NONE: SanctionResult[] = []

function sectorApplies(s: SectorGround, facts: Facts): boolean {
  if (!facts.sectorGrounds.includes(s.code)) return false
  return !s.inForceFrom || facts.dates.decision >= s.inForceFrom
}

function exemption(
  ground: NoPenaltyGround,
  mandatory: boolean,
  citation: Citation,
  finding: string,
  keep: SanctionResult[] = NONE
): Exemption {
  return { ground, mandatory, citation, finding, keep }
}

function listInForce(l: ListReference, actDate: string): boolean {
  return (!l.validFrom || actDate >= l.validFrom) && (!l.validTo || actDate <= l.validTo)
}

function matchedList(
  item: CatalogueItem,
  facts: Facts,
  actDate: string,
  kind: ListReference['kind']
): ListReference | undefined {
  return item.listReferences.find(
    (l) => l.kind === kind && facts.listConditionsMet.includes(l.id) && listInForce(l, actDate)
  )
}

// Fixed findings, one per ground, so that the branches below stay readable.
const FINDING = {
  incapacity:
    '当事人在不能辨认或者不能控制自己行为时有违法行为，不予行政处罚，责令其监护人严加看管和治疗。',
  lucid: '间歇性精神病人在精神正常时有违法行为，应当给予行政处罚。',
  noFaultOtherwise: '当事人主张无主观过错，但法律、行政法规另有规定，从其规定。',
  noFault: '当事人有证据足以证明没有主观过错，不予行政处罚。',
  minor: '违法行为轻微并及时改正，没有造成危害后果，不予行政处罚。',
  first: '初次违法且危害后果轻微并及时改正，可以不予行政处罚（须经办案人员确认）。',
  emergency: '违反突发事件应对措施的行为依法快速、从重处罚（APL第四十九条），不建议适用首违不罚。'
} as const

function listFinding(list: ListReference, verdict: string): string {
  const no = list.itemNo ? `第${list.itemNo}项` : ''
  return `符合《${list.name}》${no}规定的${verdict}条件（${list.conditions.join('、')}）。`
}

export function mandatoryExemption(
  facts: Facts,
  version: PenaltyVersion,
  item: CatalogueItem,
  actDate: string,
  sink: Sink
): Exemption | null {
  const p = facts.party
  if (p.kind === 'person' && p.ageAtViolation !== undefined && p.ageAtViolation < 14) {
    const finding = `当事人违法时${p.ageAtViolation}周岁，不满十四周岁，不予行政处罚，责令监护人加以管教。`
    return exemption('underAge', true, APL_ART.art30, finding)
  }
  if (p.kind === 'person' && p.capacity === 'none') {
    return exemption('incapacity', true, APL_ART.art31, FINDING.incapacity)
  }
  if (p.kind === 'person' && p.capacity === 'intermittentLucid') {
    sink.trace.push({ step: 'capacity', citation: APL_ART.art31, finding: FINDING.lucid })
  }
  if (facts.noFaultEvidence) {
    const other = version.noFaultOtherwise
    if (!other || !other.law) return exemption('noFault', true, APL_ART.art33p2, FINDING.noFault)
    sink.trace.push({ step: 'noFault', citation: other, finding: FINDING.noFaultOtherwise })
  }
  if (facts.minorViolation && facts.correction.prompt && facts.harm === 'none') {
    return exemption('minorViolationExemption', true, APL_ART.art33p1s1, FINDING.minor)
  }
  for (const s of version.sectorGrounds) {
    if (s.effect === 'shallExempt' && sectorApplies(s, facts)) {
      const keep = applicableSanctions(s.keepTypes, facts)
      return exemption('sectorExemption', true, s.citation, `${s.text}，依法不予处罚。`, keep)
    }
  }
  const list = matchedList(item, facts, actDate, 'minor')
  if (list) {
    return exemption('exemptionList', true, APL_ART.art33p1s1, listFinding(list, '不予处罚'))
  }
  return null
}

/** Reasons Art. 33 ¶1 s.2 does not apply, for the trace (empty when it applies). */
function firstViolationGaps(facts: Facts): string[] {
  const gaps: string[] = []
  if (facts.priorViolations > 0) gaps.push(`回溯期内已受处罚${facts.priorViolations}次，非初次违法`)
  if (facts.harm === 'serious') gaps.push('危害后果严重')
  if (!facts.correction.prompt) gaps.push('未及时改正')
  return gaps
}

export function discretionaryExemption(
  facts: Facts,
  version: PenaltyVersion,
  item: CatalogueItem,
  actDate: string,
  sink: Sink
): Exemption | null {
  const list = matchedList(item, facts, actDate, 'firstViolation')
  if (list) {
    return exemption('exemptionList', false, APL_ART.art33p1s2, listFinding(list, '可以不予处罚'))
  }
  const gaps = firstViolationGaps(facts)
  if (gaps.length === 0 && facts.publicEmergency) {
    const message = FINDING.emergency
    sink.flags.push({ code: 'EMERGENCY_NO_FIRST_VIOLATION', severity: 'info', message })
  } else if (gaps.length === 0) {
    return exemption('firstViolationExemption', false, APL_ART.art33p1s2, FINDING.first)
  } else {
    const finding = `不符合首违不罚条件：${gaps.join('、')}。`
    sink.trace.push({ step: 'firstViolation', citation: APL_ART.art33p1s2, finding })
  }
  for (const s of version.sectorGrounds) {
    if (s.effect === 'mayExempt' && sectorApplies(s, facts)) {
      const keep = applicableSanctions(s.keepTypes, facts)
      const finding = `${s.text}，可以免予处罚（须经办案人员确认）。`
      return exemption('sectorExemption', false, s.citation, finding, keep)
    }
  }
  return null
}

/** List membership is shown as an aid; a claimed list that does not apply is flagged. */
export function listNotes(item: CatalogueItem, facts: Facts, actDate: string, sink: Sink): void {
  for (const id of facts.listConditionsMet) {
    const l = item.listReferences.find((x) => x.id === id)
    if (l && listInForce(l, actDate)) continue
    const why = l ? '在违法行为发生时不在有效期内' : '未收录本事项'
    sink.flags.push({
      code: 'LIST_NOT_APPLICABLE',
      severity: 'warning',
      message: `免罚清单“${id}”${why}，不能作为不予处罚的依据；仍依照APL第三十三条判断。`
    })
  }
  if (item.listReferences.length > 0) {
    const names = item.listReferences.map(
      (l) => `《${l.name}》${l.itemNo ? `第${l.itemNo}项` : ''}`
    )
    sink.flags.push({
      code: 'LIST_AID',
      severity: 'info',
      message: `本事项见于${names.join('、')}；清单仅为辅助参考，未列入清单不影响依照APL第三十三条不予处罚。`
    })
  }
}

export function unknownSectorGrounds(version: PenaltyVersion, facts: Facts, sink: Sink): void {
  for (const code of facts.sectorGrounds) {
    if (version.sectorGrounds.some((s) => s.code === code)) continue
    sink.flags.push({
      code: 'UNKNOWN_SECTOR_GROUND',
      severity: 'warning',
      message: `行业规定情形“${code}”不适用于所适用的法律版本，已忽略。`
    })
  }
}
