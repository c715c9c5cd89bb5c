// The lifecycle of one seeded case, from the case as created to where it stands on the base date:
// a registered clue is declined or still being checked; a filed case is transferred, decided on the
// spot, or investigated, evaluated against the benchmark, notified, heard, decided, served, paid
// (sometimes with a corrected entry, in part, or not at all), closed and archived. Every step goes
// through the recorder, i.e. through the handlers' own guards.
import type { PartyInput } from '../../../shared/schemas/party'
import { groundEstablishesViolation } from '../../../core/discretion/outcome-labels'
import { addDays } from '../dates'
import { ITEM_OF_CAUSE } from '../outcomes'
import type { Rng } from '../prng'
import type { EngineFacts, StoredEvaluation } from './evaluation-memo'
import { engineFacts } from './evaluation-facts'
import { decideAndExecute, type PenaltyCase } from './penalty-path'
import type { CasePlan, PlannedEvaluation } from './plan-types'
import type { PriorIndex } from './priors'
import { caseRecorder, type CaseBasics, type CaseRecorder, type RecorderEnv } from './recorder'
import { TEXT } from './texts'

export type LifecycleEnv = RecorderEnv & {
  evaluate: (facts: EngineFacts) => StoredEvaluation
  priors: PriorIndex
  /** Catalogue items with the 首违不罚 option. */
  firstViolationItems: ReadonlySet<string>
}

export type CaseInput = CaseBasics & {
  caseNo: number
  cause: string
  parties: readonly PartyInput[]
}

/** Shares of filed cases: transferred for prosecution, decided on the spot (causes outside the
 * catalogue), left without a decision (overdue), and 首违不罚 facts where the item allows it. */
const TRANSFER = 0.004
const ON_THE_SPOT = 0.08
const LEFT_OPEN = 0.03
const LENIENT = 0.35

export function identifiersOf(parties: readonly PartyInput[]): string[] {
  return parties.map((p) => (p.kind === 'person' ? `p:${p.idNumber}` : `u:${p.uscc}`))
}

function registered(rec: CaseRecorder, rng: Rng, c: CaseInput): void {
  // Clues older than a month are mostly decided one way or the other; none is filed later here.
  if (!rng.chance(0.6)) return
  rec.act({ kind: 'decline', on: addDays(c.discoveredOn, rng.int(5, 20)), reason: TEXT.declined })
}

function onTheSpot(rec: CaseRecorder, rng: Rng, c: CaseInput & { filedOn: string }): void {
  const person = c.parties[0]?.kind === 'person'
  const warning = rng.chance(0.3)
  const fineFen = warning ? null : (person ? rng.int(1, 4) * 50 : rng.int(2, 30) * 100) * 100
  const penalty = {
    types: warning ? ['warning' as const] : ['fine' as const],
    fineFen,
    confiscationFen: null
  }
  const on = c.filedOn
  const place = TEXT.onTheSpotPlace
  if (!rec.act({ kind: 'decideOnTheSpot', on, penalty, place, rightsInformed: true })) return
  let closeOn = addDays(on, rng.int(1, 5))
  if (fineFen !== null) {
    const paidOn = addDays(on, rng.int(0, 10))
    if (!rec.pay(paidOn, fineFen, receiptNo(rng))) return
    closeOn = addDays(paidOn, rng.int(0, 3))
  }
  rec.act({ kind: 'close', on: closeOn }, 'head')
}

export const receiptNo = (rng: Rng) => `FS${rng.chars('0123456789', 10)}`

/** discretion/apply on the day the investigation closes; null when the engine refuses the facts. */
function evaluateCase(
  env: LifecycleEnv,
  rec: CaseRecorder,
  rng: Rng,
  c: CaseInput,
  draw: { itemCode: string; closeOn: string; decisionOn: string }
): PlannedEvaluation | null {
  const lenient = env.firstViolationItems.has(draw.itemCode) && rng.chance(LENIENT)
  const base = {
    itemCode: draw.itemCode,
    partyKind: c.parties[0]?.kind ?? 'organisation',
    violationOn: c.violationOn,
    discoveredOn: c.discoveredOn,
    decisionOn: draw.decisionOn,
    lenient
  }
  const identifiers = identifiersOf(c.parties)
  const actDate = c.violationOn
  const priorViolations = env.priors.count({ identifiers, itemCode: draw.itemCode, actDate })
  const facts = engineFacts(rng, base, priorViolations)
  const stored = env.evaluate(facts)
  // discretion/apply refuses facts the engine cannot apply: nothing is stored then.
  if (!stored.shape.ok) return null
  const result = stored.shape
  const e = rec.evaluated({ facts, stored, result, priorViolations }, draw.closeOn)
  const o = result.outcome
  const establishes = o.level === 'NO_PENALTY' ? groundEstablishesViolation(o.ground) : true
  if (e && establishes) {
    env.priors.add({ identifiers, itemCode: draw.itemCode, actDate, caseNo: c.caseNo })
  }
  return e
}

function withoutPenalty(rec: CaseRecorder, rng: Rng, closeOn: string): void {
  const ok = rec.act({
    kind: 'closeInvestigation',
    on: closeOn,
    conclusion: 'noPenalty',
    legalReviewRequired: false,
    collectiveDiscussionRequired: false,
    summary: TEXT.noPenaltySummary
  })
  if (!ok) return
  let on = closeOn
  if (
    rec.plan.evaluation?.result.steps.some((s) => s.step === 'legalReview' && s.required === 'yes')
  ) {
    on = addDays(on, rng.int(1, 3))
    const reasons = TEXT.reviewApproved
    if (!rec.act({ kind: 'legalReview', on, opinion: 'approve', reasons }, 'reviewer')) return
  }
  const decidedOn = addDays(on, rng.int(1, 10))
  const education = {
    forms: rng.chance(0.5) ? ['criticism' as const, 'lawPromotion' as const] : ['caution' as const],
    content: TEXT.educationContent,
    educatedOn: decidedOn,
    followUpOn: addDays(decidedOn, 30)
  }
  const decided = rec.act({
    kind: 'decide',
    on: decidedOn,
    outcome: 'noPenalty',
    reasons: TEXT.noPenaltyReasons,
    education
  })
  if (!decided) return
  const servedOn = addDays(decidedOn, rng.int(0, 2))
  if (!rec.act({ kind: 'serve', on: servedOn, method: 'inPerson', consentSigned: false })) return
  rec.act({ kind: 'close', on: addDays(servedOn, rng.int(1, 3)) }, 'head')
}

/** A fine inside the proposed band, in whole hundreds of yuan where the band allows. */
function fineIn(rng: Rng, band: { minFen: number; maxFen: number }): number {
  const step = (band.maxFen - band.minFen) / 4
  const fine = band.minFen + Math.round((step * rng.int(0, 4)) / 10_000) * 10_000
  return Math.min(band.maxFen, Math.max(fine, band.minFen, 1))
}

function investigated(env: LifecycleEnv, rec: CaseRecorder, rng: Rng, c: CaseInput): void {
  const filedOn = c.filedOn ?? c.discoveredOn
  const closeOn = addDays(filedOn, rng.int(10, 40))
  const decisionOn = addDays(closeOn, rng.int(5, 20))
  const itemCode = ITEM_OF_CAUSE[c.cause] ?? null
  let fineFen: number
  if (itemCode) {
    const e = evaluateCase(env, rec, rng, c, { itemCode, closeOn, decisionOn })
    if (!e) return
    const level = e.result.outcome.level
    if (level === 'NO_PENALTY') return withoutPenalty(rec, rng, closeOn)
    // No fine proposed (责令改正 only, a non-penalty measure): the case waits for the correction.
    if (!e.result.fine || level === 'ORDER_CORRECTION_ONLY' || level === 'NON_PENALTY_MEASURE')
      return
    fineFen = fineIn(rng, e.result.fine)
  } else {
    // A 案由 outside the catalogue: the fine is the officer's, within the statute's range.
    fineFen = rng.int(4, 60) * 50_000
  }
  const penaltyCase: PenaltyCase = { ...c, closeOn, decisionOn, fineFen }
  decideAndExecute(env, rec, rng, penaltyCase)
}

export function planLifecycle(env: LifecycleEnv, rng: Rng, c: CaseInput): CasePlan {
  const rec = caseRecorder(env, rng, c)
  if (c.filedOn === null) {
    registered(rec, rng, c)
    return rec.plan
  }
  const roll = rng.next()
  const mapped = ITEM_OF_CAUSE[c.cause] !== undefined
  if (roll < TRANSFER) {
    const on = addDays(c.filedOn, rng.int(5, 30))
    const organ = TEXT.transferOrgan
    rec.act({ kind: 'transfer', on, organ, reason: TEXT.transferReason })
  } else if (!mapped && roll < TRANSFER + ON_THE_SPOT) {
    onTheSpot(rec, rng, { ...c, filedOn: c.filedOn })
  } else if (roll >= 1 - LEFT_OPEN) {
    // Filed and never carried further: these show as overdue in the deadline list.
  } else {
    investigated(env, rec, rng, c)
  }
  return rec.plan
}
