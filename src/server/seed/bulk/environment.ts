// What every seeded case is checked and evaluated against: the working calendar, the unit
// configuration, the catalogue in force and its hearing thresholds, the memoised engine and the
// prior-violation index, all taken from the server the seed runs in (or, in the plan worker, from
// the same database file and resources).
import type { HearingThresholds } from '../../../core/lifecycle/penalty'
import { AppError } from '../../../shared/errors'
import type { ServerDeps } from '../../context'
import { evaluationMemo, type MemoStats } from './evaluation-memo'
import type { LifecycleEnv } from './lifecycle-plan'
import { priorIndex } from './priors'

export function lifecycleEnv(
  deps: Pick<ServerDeps, 'db' | 'discretion' | 'calendar'>,
  baseDate: string
): { env: LifecycleEnv; memo: MemoStats } {
  const { db, discretion, calendar } = deps
  const active = discretion.current(db)
  const loaded = calendar.current()
  if (!loaded.ok) throw new AppError('REFUSED', `工作日历不可用：${loaded.problem}`)
  const config = active.config
  const bySystem = new Map<string, HearingThresholds>()
  for (const t of config.hearing.thresholds) {
    bySystem.set(t.system, {
      personFen: t.fineFen.person,
      organisationFen: t.fineFen.organisation,
      basis: t.source + (t.verified ? '' : '，未核实')
    })
  }
  const thresholds = (itemCode: string | null): HearingThresholds => {
    const system =
      (itemCode && active.catalogue.byCode.get(itemCode)?.[0]?.pkg.system) || 'marketRegulation'
    const t = bySystem.get(system)
    if (!t)
      throw new AppError(
        'REFUSED',
        `单位配置缺少“${system}”系统的听证“较大数额”标准（第六十三条）。`
      )
    return t
  }
  const firstViolationItems = new Set<string>()
  for (const [code, entries] of active.catalogue.byCode) {
    if (entries[0]?.item.firstViolationEligible) firstViolationItems.add(code)
  }
  const memo = evaluationMemo(active)
  return {
    env: {
      guarded: true,
      calendar: loaded.calendar,
      config,
      baseDate,
      thresholds,
      evaluate: memo.evaluate,
      priors: priorIndex(config.lookBack.months),
      firstViolationItems
    },
    memo: memo.stats
  }
}
