import { useState } from 'react'
import type { ConflictView } from '../../../../shared/exchange-views'
import { useI18n } from '../../i18n/i18n'

/** A field's value as stored in the record (dates YYYY-MM-DD, money in fen, as the database has it). */
function valueText(v: unknown): string {
  if (v === null || v === undefined) return '—'
  if (typeof v === 'string') return v
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  return JSON.stringify(v)
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null)
}

/** The local and the incoming record side by side; the fields that differ are marked. */
export function ConflictDiff({ conflict, source }: { conflict: ConflictView; source: string }) {
  const { t } = useI18n()
  const [all, setAll] = useState(false)
  const { local, incoming } = conflict
  const fields = [...new Set([...Object.keys(local), ...Object.keys(incoming)])]
  const shown = all ? fields : fields.filter((f) => !same(local[f], incoming[f]))
  return (
    <>
      <table className="list changes" data-testid="conflict-diff">
        <thead>
          <tr>
            <th>{t('exchange.conflicts.field')}</th>
            <th>{t('exchange.conflicts.local')}</th>
            <th>
              {t('exchange.conflicts.incoming')}（{source}）
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((f) => {
            const changed = !same(local[f], incoming[f])
            return (
              <tr
                key={f}
                className={changed ? 'diff-changed' : undefined}
                data-changed={changed ? 'true' : 'false'}
              >
                <td>
                  <code>{f}</code>
                </td>
                <td className="prewrap">{valueText(local[f])}</td>
                <td className="prewrap">{valueText(incoming[f])}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <label className="check">
        <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} />{' '}
        {t('exchange.conflicts.allFields')}
      </label>
    </>
  )
}
