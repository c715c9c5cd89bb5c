// Prior violations as discretion/apply counts them (src/server/discretion/repo.ts
// countPriorViolations): earlier cases of the same item sharing a party's 身份证号 or 统一社会信用代码,
// whose evaluation establishes a violation with an act date in the look-back window. The bulk seed
// evaluates its cases in insertion order, as a replay through the handlers would, so a case sees the
// evaluations of the cases written before it.
import { addMonths } from '../../../core/discretion/dates'

type Prior = { caseNo: number; actDate: string }

export type PriorIndex = {
  count: (q: { identifiers: readonly string[]; itemCode: string; actDate: string }) => number
  add: (e: {
    identifiers: readonly string[]
    itemCode: string
    actDate: string
    caseNo: number
  }) => void
}

export function priorIndex(lookBackMonths: number): PriorIndex {
  const byKey = new Map<string, Prior[]>()
  return {
    count({ identifiers, itemCode, actDate }) {
      const from = addMonths(actDate, -lookBackMonths)
      const cases = new Set<number>()
      for (const id of identifiers) {
        for (const p of byKey.get(`${itemCode}|${id}`) ?? []) {
          if (p.actDate >= from && p.actDate < actDate) cases.add(p.caseNo)
        }
      }
      return cases.size
    },
    add({ identifiers, itemCode, actDate, caseNo }) {
      for (const id of identifiers) {
        const key = `${itemCode}|${id}`
        const list = byKey.get(key)
        if (list) list.push({ caseNo, actDate })
        else byKey.set(key, [{ caseNo, actDate }])
      }
    }
  }
}
