import { useState } from 'react'
import type { ConflictView } from '../../../../shared/exchange-views'
import { useI18n } from '../../i18n/i18n'
import { formatInstant } from '../../lib/format'
import { ConflictDiff } from './ConflictDiff'
import { ResolveForm } from './ResolveForm'

type Props = {
  conflicts: ConflictView[]
  /** Unit names by code, from the sources received (a conflict names its source by code). */
  unitNames: ReadonlyMap<string, string>
  mayResolve: boolean
  onResolved: () => void
}

/** Records merged from two sides that differ: both versions side by side, open ones first. */
export function ConflictsPanel({ conflicts, unitNames, mayResolve, onResolved }: Props) {
  const { t } = useI18n()
  const [resolving, setResolving] = useState<string | null>(null)
  const open = conflicts.filter((c) => c.resolution === null).length
  return (
    <section aria-label={t('exchange.conflicts.title')}>
      <h2>
        {t('exchange.conflicts.title')}{' '}
        {open > 0 ? (
          <span className="badge badge-flag" data-testid="open-conflicts">
            {t('exchange.conflicts.open', { n: open })}
          </span>
        ) : null}
      </h2>
      {conflicts.length === 0 ? <p className="muted">{t('exchange.conflicts.none')}</p> : null}
      {open > 0 && !mayResolve ? <p className="muted">{t('exchange.conflicts.headOnly')}</p> : null}
      {conflicts.map((c) => (
        <article key={c.id} className="card" data-testid="conflict">
          <p>
            <strong>
              {t('exchange.conflicts.item', {
                kind: t(`exchange.kind.${c.kind}`),
                id: recordLabel(c),
                reason: t(`exchange.reason.${c.reason}`),
                unit: unitLabel(unitNames, c.sourceUnit),
                at: formatInstant(c.createdAt)
              })}
            </strong>
          </p>
          <ConflictDiff conflict={c} source={unitLabel(unitNames, c.sourceUnit)} />
          <Resolution conflict={c} />
          {c.resolution === null && mayResolve && resolving !== c.id ? (
            <button type="button" className="secondary" onClick={() => setResolving(c.id)}>
              {t('exchange.conflicts.resolve')}
            </button>
          ) : null}
          {resolving === c.id ? (
            <ResolveForm
              conflict={c}
              onCancel={() => setResolving(null)}
              onDone={() => {
                setResolving(null)
                onResolved()
              }}
            />
          ) : null}
        </article>
      ))}
    </section>
  )
}

function Resolution({ conflict: c }: { conflict: ConflictView }) {
  const { t } = useI18n()
  if (c.resolution === null) return null
  const params = {
    at: c.resolvedAt ? formatInstant(c.resolvedAt) : '',
    reason: c.resolutionReason ?? ''
  }
  return (
    <p className="banner banner-ok" data-testid="conflict-resolution">
      {c.resolution === 'local'
        ? t('exchange.conflicts.resolvedLocal', params)
        : t('exchange.conflicts.resolvedIncoming', params)}
    </p>
  )
}

function unitLabel(names: ReadonlyMap<string, string>, code: string): string {
  const name = names.get(code)
  return name ? `${name}（${code}）` : code
}

/** A case (or a record of one) by its case number when the record carries it, else by its id. */
function recordLabel(c: ConflictView): string {
  const number = c.local.case_number ?? c.incoming.case_number
  return typeof number === 'string' ? `${number}（${c.recordId}）` : c.recordId
}
