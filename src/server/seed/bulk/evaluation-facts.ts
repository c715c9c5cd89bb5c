// The facts an officer enters for a seeded case before closing the investigation (as in
// seed/outcomes.ts): the catalogue item of the 案由, the party kind, the dates, the amounts involved
// and how the party corrected. Amounts come from short lists, so that cases of one item share
// their engine run (evaluation-memo.ts) while still spreading over the fine bands.
import type { PartyKind } from '../../../core/cases/vocabulary'
import { addDays } from '../dates'
import type { Rng } from '../prng'
import type { EngineFacts } from './evaluation-memo'

const GOODS_VALUE_FEN: readonly (readonly [number, number])[] = [
  [50_000, 4],
  [200_000, 4],
  [800_000, 2],
  [3_000_000, 1]
]
const GAINS_FEN: readonly (readonly [number, number])[] = [
  [0, 5],
  [20_000, 3],
  [150_000, 1]
]

export type FactsDraw = {
  itemCode: string
  partyKind: PartyKind
  violationOn: string
  discoveredOn: string
  decisionOn: string
  /** A first violation corrected on the spot: the 首违不罚 facts. */
  lenient: boolean
}

export function engineFacts(rng: Rng, d: FactsDraw, priorViolations: number): EngineFacts {
  const corrected = addDays(d.discoveredOn, rng.int(0, 3))
  return {
    itemCode: d.itemCode,
    party: { kind: d.partyKind },
    dates: { violation: d.violationOn, discovery: d.discoveredOn, decision: d.decisionOn },
    bases: {
      goodsValueFen: rng.weighted(GOODS_VALUE_FEN),
      illegalGainsFen: rng.weighted(GAINS_FEN)
    },
    harm: d.lenient ? 'slight' : rng.chance(0.2) ? 'serious' : 'slight',
    correction: d.lenient
      ? {
          corrected: true,
          prompt: true,
          date: corrected > d.decisionOn ? d.decisionOn : corrected,
          how: '当场整改'
        }
      : { corrected: false, prompt: false },
    priorViolations,
    publicService: []
  }
}
