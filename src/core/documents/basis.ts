// 违法依据, 处罚依据 and the discretion statement, from the frozen evaluation. Hubei requires a
// decision to say which benchmark item and level were applied and why (domain.md §4.1, §8).
import type { SnapshotEvaluation } from './snapshot'
import { required, sentence } from './parts'

/** The evaluation with the 处罚依据 a penalty document must cite (APL Art. 59 (三), Art. 44). */
export function penaltyBasis(
  e: SnapshotEvaluation | null
): SnapshotEvaluation & { penaltyProvision: string } {
  const ev = required(e, '缺少裁量评估：无法写明违法依据和处罚依据。')
  const penaltyProvision = required(ev.penaltyProvision, '缺少处罚依据。')
  return { ...ev, penaltyProvision }
}

/** 当事人的上述行为违反了《…》第…条的规定。 */
export function violationSentence(who: string, e: SnapshotEvaluation): string {
  return `${who}的上述行为违反了${e.violatedProvision}的规定。`
}

export function discretionSentence(e: SnapshotEvaluation): string {
  return `本案适用行政处罚裁量基准“${e.itemName}”（编号：${e.itemCode}），裁量阶次为${e.levelLabel}。理由如下：${sentence(e.explanation)}`
}
