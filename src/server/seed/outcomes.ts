// Carries seeded cases through the lifecycle to a decision, so that demo data has statistics to
// show: the benchmark evaluation, the investigation's end, notice and waiver or the no-penalty path,
// the decision with education (APL Art. 33 ¶3), service, payment and closing — all through the real
// handlers, so every guard applies. A step a guard refuses ends that case where it stands (and is
// counted), as it would for an officer. Deterministic: its own random stream, no clock.
import type { Input, Method, Output } from '../../shared/api'
import type { Envelope } from '../../shared/errors'
import type { CaseFactsInput } from '../../shared/schemas/discretion'
import type { LifecycleActionInput } from '../../shared/schemas/lifecycle'
import type { Server } from '../app'
import { addDays } from './dates'
import type { Rng } from './prng'

/** The catalogue item of each seeded 案由 that has one (resources/benchmarks). */
export const ITEM_OF_CAUSE: Readonly<Record<string, string>> = {
  未按规定明码标价: 'SC-PR-13-01',
  销售过期食品: 'SC-FS-124-01-05',
  发布虚假广告: 'SC-AD-55-01',
  未取得道路运输经营许可擅自从事道路普通货物运输经营: 'TR-RT-63-01',
  未取得食品经营许可从事食品经营活动: 'SC-FS-122-01',
  安排未取得健康证明的人员从事接触直接入口食品的工作: 'SC-FS-126-01-06',
  未按照规定对从业人员进行安全生产教育和培训: 'WS-SP-97-03',
  未在有较大危险因素的生产经营场所设置明显的安全警示标志: 'WS-SP-99-01'
}

/** Share of filed, mapped cases carried to a decision, and of those offered 首违不罚 facts. */
const DECIDE_SHARE = 0.8
const FIRST_VIOLATION_SHARE = 0.35

export type OutcomeReport = {
  decided: number
  stopped: number
  /** The distinct refusals that stopped cases (at most a few), so a changed guard shows here. */
  problems: string[]
}

const MAX_PROBLEMS = 5

export type SeededCase = {
  id: string
  cause: string
  partyKind: 'person' | 'organisation'
  violationOn: string
  discoveredOn: string
  filedOn: string | null
}

export type Call = <M extends Method>(method: M, input: Input<M>) => Promise<Envelope<Output<M>>>

function facts(
  c: SeededCase,
  itemCode: string,
  decision: string,
  lenient: boolean,
  rng: Rng
): CaseFactsInput {
  const correctedOn = addDays(c.discoveredOn, rng.int(0, 3))
  return {
    itemCode,
    party: { kind: c.partyKind },
    dates: { violation: c.violationOn, discovery: c.discoveredOn, decision },
    bases: { goodsValueFen: rng.int(50, 5000) * 100, illegalGainsFen: rng.int(0, 2000) * 100 },
    harm: lenient ? 'slight' : rng.chance(0.2) ? 'serious' : 'slight',
    correction: lenient
      ? {
          corrected: true,
          prompt: true,
          date: correctedOn > decision ? decision : correctedOn,
          how: '当场整改'
        }
      : { corrected: false, prompt: false }
  }
}

/** One case from filing to closing; returns false when a step was refused. */
export async function carryToDecision(
  call: Call,
  c: SeededCase,
  rng: Rng,
  baseDate: string
): Promise<{ kind: 'decided' | 'skipped' } | { kind: 'stopped'; problem: string }> {
  let problem = ''
  const okay = <T>(e: Envelope<T>): e is { ok: true; value: T } => {
    if (!e.ok) problem = `${e.error.code}: ${e.error.message}`
    return e.ok
  }
  const stopped = () => ({ kind: 'stopped' as const, problem })
  const skipped = { kind: 'skipped' as const }
  const itemCode = ITEM_OF_CAUSE[c.cause]
  if (!itemCode || c.filedOn === null || !rng.chance(DECIDE_SHARE)) return skipped
  const closedOn = addDays(c.filedOn, rng.int(10, 40))
  const decidedOn = addDays(closedOn, rng.int(3, 20))
  // Leave recent cases open: the decision would fall after the base date.
  if (addDays(decidedOn, 20) > baseDate) return skipped
  const lenient = itemCode === 'SC-PR-13-01' && rng.chance(FIRST_VIOLATION_SHARE)
  const progress = await call('cases/progress', { id: c.id })
  if (!okay(progress)) return stopped()
  const applied = await call('discretion/apply', {
    caseId: c.id,
    rev: progress.value.rev,
    facts: facts(c, itemCode, decidedOn, lenient, rng),
    choice: 'accept'
  })
  if (!okay(applied)) return stopped()
  const result = applied.value.result
  if (!result.ok)
    return { kind: 'stopped', problem: result.problems.map((p) => p.message).join('；') }
  const act = async (action: LifecycleActionInput): Promise<boolean> => {
    const p = await call('cases/progress', { id: c.id })
    if (!okay(p)) return false
    return okay(await call('cases/act', { id: c.id, rev: p.value.rev, action }))
  }
  const servedOn = addDays(decidedOn, rng.int(0, 3))
  if (result.outcome.level === 'NO_PENALTY') {
    const ok =
      (await act({
        kind: 'closeInvestigation',
        on: closedOn,
        conclusion: 'noPenalty',
        legalReviewRequired: false,
        collectiveDiscussionRequired: false,
        summary: '当事人初次违法，危害后果轻微并及时改正。'
      })) &&
      (await act({
        kind: 'decide',
        on: decidedOn,
        outcome: 'noPenalty',
        penalty: null,
        reasons: '依照《中华人民共和国行政处罚法》第三十三条第一款，不予行政处罚。',
        education: {
          forms: ['criticism', 'lawPromotion'],
          content: '对当事人进行批评教育，讲解明码标价的规定。',
          educatedOn: decidedOn,
          followUpOn: addDays(decidedOn, 30)
        }
      })) &&
      (await act({ kind: 'serve', on: servedOn, method: 'inPerson', consentSigned: false })) &&
      (await act({ kind: 'close', on: addDays(servedOn, 1) }))
    return ok ? { kind: 'decided' } : stopped()
  }
  if (!result.fine || result.outcome.level === 'ORDER_CORRECTION_ONLY') return skipped
  const penalty = { types: ['fine' as const], fineFen: result.fine.minFen, confiscationFen: null }
  const notifiedOn = addDays(closedOn, 1)
  const paidOn = addDays(servedOn, rng.int(1, 14))
  const ok =
    (await act({
      kind: 'closeInvestigation',
      on: closedOn,
      conclusion: 'penalty',
      legalReviewRequired: false,
      collectiveDiscussionRequired: false,
      summary: '违法事实清楚，证据确凿，拟给予罚款。'
    })) &&
    (await act({
      kind: 'notify',
      on: notifiedOn,
      penalty,
      // The hearing right (Art. 63) is told whenever the engine lists the hearing step; the party
      // waives it with the statements.
      hearingOffered: result.steps.some((s) => s.step === 'hearingNotice')
    })) &&
    (await act({ kind: 'waive', on: addDays(notifiedOn, 1) })) &&
    (await act({
      kind: 'decide',
      on: decidedOn,
      outcome: 'penalty',
      penalty,
      reasons: '依法决定。',
      education: null
    })) &&
    (await act({ kind: 'serve', on: servedOn, method: 'inPerson', consentSigned: false })) &&
    okay(
      await call('payments/record', {
        caseId: c.id,
        paidOn,
        amountFen: penalty.fineFen,
        receiptNo: `SEED-${c.id.slice(-12)}`,
        note: ''
      })
    ) &&
    (await act({ kind: 'close', on: paidOn }))
  return ok ? { kind: 'decided' } : stopped()
}

export function tallyOutcome(
  report: OutcomeReport,
  outcome: Awaited<ReturnType<typeof carryToDecision>>
): void {
  if (outcome.kind === 'decided') report.decided++
  if (outcome.kind !== 'stopped') return
  report.stopped++
  if (report.problems.length < MAX_PROBLEMS && !report.problems.includes(outcome.problem)) {
    report.problems.push(outcome.problem)
  }
}

export function callerFor(server: Server, token: string): Call {
  return (method, input) => server.call(method, input, token)
}
