// A fine the officer intends to impose outside the proposed band is a deviation from the benchmark
// (偏离裁量基准): it needs a reason and approval (Hubei 2023 notice, domain.md §4.1). Outside the
// statutory range it is 减轻 (below) or unlawful (above).
import type { UnitConfig } from './config-schema'
import type { Facts } from './facts-schema'
import type { Sink } from './grounds'
import { rangeText, yuanText } from './money'
import type { PenaltyPath } from './penalty-path'

export function checkDeviation(
  facts: Facts,
  path: Extract<PenaltyPath, { kind: 'penalty' }>,
  config: UnitConfig,
  sink: Sink
): boolean {
  const amount = facts.intendedFineFen
  if (amount === undefined) return false
  const band = path.fine
  const statutory = path.statutory
  if (statutory && amount > statutory.maxFen) {
    sink.flags.push({
      code: 'ABOVE_STATUTORY_MAX',
      severity: 'error',
      message: `拟处罚款${yuanText(amount)}超过法定最高限额（${rangeText(statutory)}），不得作出。`
    })
  }
  if (statutory && amount < statutory.minFen && path.level !== 'MITIGATED') {
    sink.flags.push({
      code: 'BELOW_STATUTORY_MIN',
      severity: 'error',
      message: `拟处罚款${yuanText(amount)}低于法定最低限额（${rangeText(statutory)}），属于减轻处罚，须具备法定减轻情形并经集体讨论决定。`
    })
  }
  const inside = band !== null && amount >= band.minFen && amount <= band.maxFen
  if (inside) return false
  const approval = config.collectiveDiscussion.forDeviation
    ? '须说明理由，经主要负责人批准或者集体讨论，审批材料归入副卷'
    : '须说明理由'
  sink.flags.push({
    code: 'DEVIATION',
    severity: 'warning',
    message: `拟处罚款${yuanText(amount)}不在建议幅度${band ? rangeText(band) : '（不处罚款）'}内，属于偏离裁量基准，${approval}。`
  })
  return true
}
