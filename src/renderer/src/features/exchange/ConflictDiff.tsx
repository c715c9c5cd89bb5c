import { useState } from 'react'
import type { ConflictView } from '../../../../shared/exchange-views'
import { useI18n } from '../../i18n/i18n'
import { fieldLabel, fieldValueText } from './field-labels'

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null)
}

/** The local and the incoming record side by side; the fields that differ are marked. */
export function ConflictDiff({ conflict, source }: { conflict: ConflictView; source: string }) {
  const { t, lang } = useI18n()
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
                <td title={f}>{fieldLabel(f, lang)}</td>
                <td className="prewrap">{fieldValueText(f, local[f])}</td>
                <td className="prewrap">{fieldValueText(f, incoming[f])}</td>
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
