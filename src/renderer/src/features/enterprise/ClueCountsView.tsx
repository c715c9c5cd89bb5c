import { useI18n } from '../../i18n/i18n'
import type { ClueCounts } from '../../../../core/enterprise/clues'

/** `found` is shown as 受理 (received); the label keys keep the report's word. */
const KEYS = [
  ['found', 'received'],
  ['handled', 'handled'],
  ['open', 'open'],
  ['overdue', 'overdue']
] as const

/** The four counts above the register; overdue carries the danger colour of the deadline screens. */
export function ClueCountsView({ counts }: { counts: ClueCounts }) {
  const { t } = useI18n()
  return (
    <div className="counts" data-testid="clue-counts">
      {KEYS.map(([k, label]) => (
        <div
          key={k}
          className={k === 'overdue' ? 'count clock-overdue' : 'count'}
          data-testid={`clue-count-${label}`}
        >
          <span className="count-n">{counts[k]}</span>
          <span>{t(`clues.count.${label}`)}</span>
        </div>
      ))}
    </div>
  )
}
