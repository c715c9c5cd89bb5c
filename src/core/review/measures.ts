// The two measures the checks compare: where a fine sits in its statutory range, and the fine as a
// multiple of the amount involved. The server uses the same functions to store a decided case as a
// PeerCase, so that a case and its peers are measured alike.
import type { FenRange } from '../discretion/money'
import type { ReviewConfig } from './config'
import type { PeerCase, ReviewBases, ReviewSubject } from './types'

/** (fine − min) ÷ (max − min): 0 at the minimum, 1 at the maximum (顶格), outside [0, 1] when the fine
 * leaves the range. Null when the range is a single amount, where a position means nothing. */
export function positionInRange(fineFen: number, range: FenRange): number | null {
  const width = range.maxFen - range.minFen
  return width > 0 ? (fineFen - range.minFen) / width : null
}

export type RatioBase = {
  kind: 'goodsValue' | 'illegalGains' | 'floor'
  fen: number
}

/** max(违法所得, 货值金额, floor) (domain.md §9.1); null when neither amount was recorded, since a
 * ratio to the floor alone would say nothing about the case. */
export function ratioBase(bases: ReviewBases, floorFen: number): RatioBase | null {
  const { goodsValueFen: goods, illegalGainsFen: gains } = bases
  if (goods === null && gains === null) return null
  let best: RatioBase = { kind: 'floor', fen: floorFen }
  if (goods !== null && goods > best.fen) best = { kind: 'goodsValue', fen: goods }
  if (gains !== null && gains > best.fen) best = { kind: 'illegalGains', fen: gains }
  return best
}

export function finePerBase(fineFen: number, bases: ReviewBases, floorFen: number): number | null {
  const base = ratioBase(bases, floorFen)
  return base && base.fen > 0 ? fineFen / base.fen : null
}

export function subjectFine(s: ReviewSubject): number | null {
  return s.penalty?.fineFen ?? null
}

export function subjectPosition(s: ReviewSubject): number | null {
  const fine = subjectFine(s)
  return fine === null || s.statutoryRange === null ? null : positionInRange(fine, s.statutoryRange)
}

/** A decided case as a peer of later cases. */
export function peerFromSubject(
  s: ReviewSubject,
  unitCode: string,
  decidedOn: string,
  config: ReviewConfig
): PeerCase {
  const fine = subjectFine(s)
  return {
    caseId: s.caseId,
    caseNumber: s.caseNumber,
    unitCode,
    itemCode: s.itemCode,
    itemName: s.itemName,
    benchmarkId: s.benchmarkId,
    level: s.level,
    decidedOn,
    fineFen: fine,
    position: subjectPosition(s),
    finePerBase:
      fine === null ? null : finePerBase(fine, s.bases, config.disproportion.baseFloorFen.value)
  }
}
