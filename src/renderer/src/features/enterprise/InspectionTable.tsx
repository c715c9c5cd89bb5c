import { useState } from 'react'
import { INSPECTION_RESULT_ZH } from '../../../../core/enterprise/inspections'
import type { InspectionView } from '../../../../shared/enterprise-views'
import { useI18n } from '../../i18n/i18n'
import { href } from '../../lib/router'
import { InspectionVoidForm } from './InspectionVoidForm'

type Props = {
  inspections: InspectionView[]
  /** Off on the enterprise page, where every row is the same enterprise. */
  showEnterprise: boolean
  mayVoid: boolean
  onChanged: () => void
}

/** The inspection log; a repeat within the unit's window is flagged, a voided entry struck through. */
export function InspectionTable({ inspections, showEnterprise, mayVoid, onChanged }: Props) {
  const { t } = useI18n()
  const [voiding, setVoiding] = useState<InspectionView | null>(null)
  if (inspections.length === 0) return <p className="muted">{t('inspections.none')}</p>
  return (
    <>
      <table className="list" data-testid="inspection-table">
        <thead>
          <tr>
            <th>{t('inspections.on')}</th>
            {showEnterprise ? <th>{t('clues.enterprise')}</th> : null}
            <th>{t('inspections.agency')}</th>
            <th>{t('inspections.legalBasis')}</th>
            <th>{t('inspections.result')}</th>
            <th>{t('inspections.marks')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {inspections.map((i) => (
            <tr
              key={i.id}
              className={i.voided ? 'withdrawn' : undefined}
              data-testid="inspection-row"
              data-repeated={i.repeated ? 'true' : 'false'}
            >
              <td>{i.on}</td>
              {showEnterprise ? (
                <td>
                  <a href={href({ name: 'enterprise', uscc: i.uscc })}>{i.enterpriseName}</a>
                </td>
              ) : null}
              <td>{i.agency}</td>
              <td>{i.legalBasis}</td>
              <td>
                {INSPECTION_RESULT_ZH[i.result]}
                {i.resultNote ? <div className="muted">{i.resultNote}</div> : null}
              </td>
              <td>
                {i.repeated && !i.voided ? (
                  <span className="badge badge-flag" data-testid="repeat-badge">
                    {t('inspections.repeated')}
                  </span>
                ) : null}
                {i.voided ? (
                  <span className="badge" title={i.voided.reason} data-testid="void-badge">
                    {t('inspections.voided')}
                  </span>
                ) : null}
              </td>
              <td className="row-actions">
                {mayVoid && !i.voided ? (
                  <button type="button" className="secondary" onClick={() => setVoiding(i)}>
                    {t('inspections.void')}
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {voiding ? (
        <InspectionVoidForm
          key={voiding.id}
          inspection={voiding}
          onCancel={() => setVoiding(null)}
          onDone={() => {
            setVoiding(null)
            onChanged()
          }}
        />
      ) : null}
    </>
  )
}
