import type { ClueView } from '../../../../shared/enterprise-views'

/** 线索 received vs handled, as the special-campaign reports count them (domain.md §6 metrics). */
export type ClueCounts = { received: number; handled: number; open: number; overdue: number }

export function clueCounts(clues: ClueView[]): ClueCounts {
  const handled = clues.filter((c) => c.handledOn !== null).length
  return {
    received: clues.length,
    handled,
    open: clues.length - handled,
    overdue: clues.filter((c) => c.overdue).length
  }
}
