// A penalty as notified and decided: its types and amounts. Comparing two of them (APL Art. 45 ¶2),
// the simple-procedure limits (Art. 51) and the hearing right (Art. 63) are pure functions of it.
import { yuanFixedText } from '../discretion/money'
import { assertNever } from '../assert'
import type { PartyKind } from '../cases/vocabulary'
import type { Citation } from '../discretion/citation'
import { apl } from '../discretion/citation'
import { SANCTION_LABEL_ZH, type SanctionType } from '../discretion/vocabulary'

/** The penalty types of APL Art. 9 (measures such as 责令改正 are not penalties, Art. 28). */
export const PENALTY_TYPES = [
  'warning',
  'publicCriticism',
  'fine',
  'confiscateGains',
  'confiscateProperty',
  'suspendLicence',
  'lowerQualification',
  'restrictBusiness',
  'orderSuspendProduction',
  'orderClosure',
  'restrictPractice',
  'revokeLicence'
] as const satisfies readonly SanctionType[]
export type PenaltyType = (typeof PENALTY_TYPES)[number]

export type PenaltyDecision = {
  /** At least one type; each at most once. */
  types: PenaltyType[]
  /** 罚款 in fen; present exactly when `types` has 'fine'. */
  fineFen: number | null
  /** 没收违法所得 / 非法财物 in fen (their value), when confiscation is among the types. */
  confiscationFen: number | null
}

/**
 * Severity order of domain.md §2 (the statistics order, light → heavy), used to tell whether a
 * decision is heavier than its notice. The order is a practice source [P], not statute.
 */
export function severityRank(t: PenaltyType): number {
  switch (t) {
    case 'warning':
      return 1
    case 'publicCriticism':
      return 2
    case 'fine':
      return 3
    case 'confiscateGains':
    case 'confiscateProperty':
      return 4
    case 'suspendLicence':
      return 5
    case 'lowerQualification':
      return 6
    case 'restrictBusiness':
      return 7
    case 'orderSuspendProduction':
      return 8
    case 'orderClosure':
    case 'restrictPractice':
      return 9
    case 'revokeLicence':
      return 10
  }
  return assertNever(t)
}

export function describePenalty(p: PenaltyDecision): string {
  const parts = p.types.map((t) => {
    if (t === 'fine' && p.fineFen !== null) return `罚款${yuanFixedText(p.fineFen)}`
    if ((t === 'confiscateGains' || t === 'confiscateProperty') && p.confiscationFen !== null) {
      return `${SANCTION_LABEL_ZH[t]}（${yuanFixedText(p.confiscationFen)}）`
    }
    return SANCTION_LABEL_ZH[t]
  })
  return parts.join('，')
}

/**
 * How a decided penalty is heavier than the notified one, or null. Heavier means: a type that was
 * not notified (unless it stands in for a heavier notified type that the decision dropped, by
 * severityRank), a fine or confiscation amount the notice did not carry, or a larger one. APL
 * Art. 45 ¶2 forbids a heavier penalty because of the party's statement; a heavier decision on any
 * ground needs a fresh notice, since the party was never heard on it (Art. 44).
 */
export function heavierThan(decided: PenaltyDecision, notified: PenaltyDecision): string | null {
  // A type the notice did not name is heavier, unless it replaces a heavier notified type that the
  // decision dropped (e.g. a warning instead of the notified fine, after the statement is adopted).
  const dropped = notified.types.filter((t) => !decided.types.includes(t))
  const heaviestDropped = Math.max(0, ...dropped.map(severityRank))
  const added = decided.types.filter(
    (t) => !notified.types.includes(t) && severityRank(t) >= heaviestDropped
  )
  if (added.length > 0) {
    return `增加了告知时没有的处罚种类（${added.map((t) => SANCTION_LABEL_ZH[t]).join('、')}）`
  }
  const newAmount = (d: number | null, n: number | null) => d !== null && d > 0 && n === null
  if (newAmount(decided.fineFen, notified.fineFen)) {
    return `增加了告知时没有的罚款（${yuanFixedText(decided.fineFen ?? 0)}）`
  }
  if (newAmount(decided.confiscationFen, notified.confiscationFen)) {
    return `增加了告知时没有的没收金额（${yuanFixedText(decided.confiscationFen ?? 0)}）`
  }
  if ((decided.fineFen ?? 0) > (notified.fineFen ?? 0)) {
    return `罚款${yuanFixedText(decided.fineFen ?? 0)}高于告知的${yuanFixedText(notified.fineFen ?? 0)}`
  }
  if ((decided.confiscationFen ?? 0) > (notified.confiscationFen ?? 0)) {
    return `没收金额${yuanFixedText(decided.confiscationFen ?? 0)}高于告知的${yuanFixedText(notified.confiscationFen ?? 0)}`
  }
  return null
}

/** The heaviest type of a penalty (the statistics count a joint penalty under it, domain.md §7.1). */
export function heaviestType(p: PenaltyDecision): PenaltyType {
  let best = p.types[0] as PenaltyType
  for (const t of p.types) if (severityRank(t) > severityRank(best)) best = t
  return best
}

export const ART_51: Citation = apl('第五十一条')
export const ART_63: Citation = apl('第六十三条第一款')

/** APL Art. 51: 200 yuan for a citizen, 3 000 yuan for a legal person or other organisation. */
export const SIMPLE_PROCEDURE_LIMIT_FEN: Record<PartyKind, number> = {
  person: 20_000,
  organisation: 300_000
}

/** The party kinds to test a limit against. With no party recorded yet, every kind is tested, so
 * the stricter figure applies (the lower on-the-spot limit, the lower hearing threshold). */
function kindsOrAll(partyKinds: readonly PartyKind[]): readonly PartyKind[] {
  return partyKinds.length > 0 ? partyKinds : ['person', 'organisation']
}

/**
 * Whether the penalty may be decided on the spot (APL Art. 51): only a warning or a fine, and a
 * fine within the limit for every party. Returns the reason it may not, or null.
 */
export function simpleProcedureRefusal(
  p: PenaltyDecision,
  partyKinds: readonly PartyKind[]
): string | null {
  const other = p.types.filter((t) => t !== 'warning' && t !== 'fine')
  if (other.length > 0) {
    return `当场处罚只能是警告或者罚款，本案含有${other.map((t) => SANCTION_LABEL_ZH[t]).join('、')}，应当适用普通程序（《中华人民共和国行政处罚法》第五十一条）。`
  }
  const fine = p.fineFen ?? 0
  for (const kind of kindsOrAll(partyKinds)) {
    const limit = SIMPLE_PROCEDURE_LIMIT_FEN[kind]
    if (fine > limit) {
      const who = kind === 'person' ? '公民' : '法人或者其他组织'
      return `当场处罚的罚款限额为：对公民二百元以下、对法人或者其他组织三千元以下（《中华人民共和国行政处罚法》第五十一条）。本案对${who}罚款${yuanFixedText(fine)}，超过${yuanFixedText(limit)}，应当适用普通程序。`
    }
  }
  return null
}

/**
 * 较大数额 thresholds for the hearing right (APL Art. 63 ¶1(1)(2)). They are set outside the APL and
 * vary by sector and province (domain.md §2), so they are configuration; the defaults are the
 * market-regulation 听证办法 figures, which are unverified.
 */
export type HearingThresholds = {
  personFen: number
  organisationFen: number
  /** Where the figures come from, printed with the reason a hearing is offered. */
  basis: string
}

/** Why the penalty carries the right to a hearing (APL Art. 63), or null if it does not. */
export function hearingRight(
  p: PenaltyDecision,
  partyKinds: readonly PartyKind[],
  thresholds: HearingThresholds
): string | null {
  const always = p.types.filter(
    (t) =>
      t === 'lowerQualification' ||
      t === 'revokeLicence' ||
      t === 'orderSuspendProduction' ||
      t === 'orderClosure' ||
      t === 'restrictPractice'
  )
  if (always.length > 0) {
    return `拟作出${always.map((t) => SANCTION_LABEL_ZH[t]).join('、')}，当事人有权要求听证（《中华人民共和国行政处罚法》第六十三条第一款）。`
  }
  const amount = Math.max(p.fineFen ?? 0, p.confiscationFen ?? 0)
  for (const kind of kindsOrAll(partyKinds)) {
    const limit = kind === 'person' ? thresholds.personFen : thresholds.organisationFen
    if (amount >= limit) {
      return `拟罚没金额${yuanFixedText(amount)}达到较大数额（${yuanFixedText(limit)}，${thresholds.basis}），当事人有权要求听证（《中华人民共和国行政处罚法》第六十三条第一款）。`
    }
  }
  return null
}

/** The shape rules every penalty must satisfy; returns the first problem or null. */
export function penaltyShapeProblem(p: PenaltyDecision): string | null {
  if (p.types.length === 0) return '请选择至少一种处罚种类。'
  if (new Set(p.types).size !== p.types.length) return '处罚种类重复。'
  const hasFine = p.types.includes('fine')
  if (hasFine !== (p.fineFen !== null)) {
    return hasFine ? '选择了罚款，请填写罚款金额。' : '未选择罚款，不应填写罚款金额。'
  }
  if (hasFine && (p.fineFen ?? 0) <= 0) return '罚款金额应大于零。'
  const confiscates = p.types.includes('confiscateGains') || p.types.includes('confiscateProperty')
  if (!confiscates && p.confiscationFen !== null) return '未选择没收，不应填写没收金额。'
  return null
}
