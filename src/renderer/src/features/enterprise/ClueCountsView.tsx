import { useI18n } from '../../i18n/i18n'
import type { ClueCounts } from './clue-counts'

const KEYS = ['received', 'handled', 'open', 'overdue'] as const

/** The four counts above the register; overdue carries the danger colour of the deadline screens. */
export function ClueCountsView({ counts }: { counts: ClueCounts }) {
  const { t } = useI18n()
  return (
    <div className="counts" data-testid="clue-counts">
      {KEYS.map((k) => (
        <div
          key={k}
          className={k === 'overdue' ? 'count clock-overdue' : 'count'}
          data-testid={`clue-count-${k}`}
        >
          <span className="count-n">{counts[k]}</span>
          <span>{t(`clues.count.${k}`)}</span>
        </div>
      ))}
    </div>
  )
}
