// Runs the consistency checks of one case against its peers, and records a decided case as a peer.
import type { ReviewConfig } from '../../core/review/config'
import type { ReviewFlag } from '../../core/review/flag'
import type { PenaltyDecision } from '../../core/lifecycle/penalty'
import type { ReviewCheckpoint } from '../../core/review/types'
import { peerFromSubject } from '../../core/review/measures'
import { peerWindow } from '../../core/review/peers'
import { runChecks } from '../../core/review/run'
import type { CallContext } from '../context'
import type { CaseState } from '../lifecycle/state'
import { peersOf, upsertOutcome } from './repo'
import { reviewSubject } from './subject'

/** The unit's thresholds: unit-config.yaml `review`, over the defaults of src/core/review/config.ts. */
export function reviewConfig(ctx: CallContext): ReviewConfig {
  return ctx.discretion.current(ctx.db).config.review
}

export type CaseChecks =
  { ok: true; flags: ReviewFlag[]; peerCount: number } | { ok: false; problem: string }

/**
 * `override`: check the step about to be taken — the penalty it names instead of the recorded one,
 * and its checkpoint (a fresh notice is checked as a notice, not as the decision of the old one).
 */
export function caseChecks(
  ctx: CallContext,
  state: CaseState,
  override: { penalty?: PenaltyDecision | null; checkpoint?: ReviewCheckpoint } = {}
): CaseChecks {
  const load = reviewSubject(ctx, state)
  if (!load.ok) return load
  const s = {
    ...load.subject,
    ...('penalty' in override ? { penalty: override.penalty ?? null } : {}),
    ...(override.checkpoint ? { checkpoint: override.checkpoint } : {})
  }
  const config = reviewConfig(ctx)
  const window = peerWindow(s.asOf, config.peer.windowMonths.value)
  const peers = peersOf(ctx.db, {
    itemCode: s.itemCode,
    benchmarkId: s.benchmarkId,
    level: s.level,
    from: window.from,
    to: window.to
  }).filter((p) => p.caseId !== s.caseId)
  return { ok: true, flags: runChecks(s, peers, config), peerCount: peers.length }
}

/** In the decision's transaction: the decided case becomes a peer of later cases. */
export function recordOutcome(ctx: CallContext, state: CaseState): void {
  const d = state.progress.decision
  if (!d) return
  const load = reviewSubject(ctx, state)
  if (!load.ok) return
  // The case's own unit: a case merged in from a county stays that county's peer.
  upsertOutcome(
    ctx.db,
    peerFromSubject(load.subject, state.row.origin_unit, d.on, reviewConfig(ctx))
  )
}

/** Flags that bar the step as it stands (statute, not discretion), in one Chinese sentence. */
export function blockingMessage(flags: readonly ReviewFlag[]): string | null {
  const blocks = flags.filter((f) => f.severity === 'block')
  if (blocks.length === 0) return null
  return `一致性审查发现须先纠正的问题：${blocks.map((f) => f.message).join('；')}`
}
