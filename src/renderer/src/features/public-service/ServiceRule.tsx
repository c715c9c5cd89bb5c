import { formatCitation } from '../../../../core/discretion/citation'
import { yuanText } from '../../../../core/discretion/money'
import type { PublicServiceItemView } from '../../../../shared/flexible-views'
import { useI18n } from '../../i18n/i18n'

/** The conversion rule of one catalogue service, with its basis, shown before the party applies. */
export function ServiceRule({ item }: { item: PublicServiceItemView }) {
  const { t } = useI18n()
  return (
    <p className="muted" data-testid="ps-rule">
      {t('publicService.rule', {
        unit: t(`publicService.measure.${item.measure}`),
        rate: yuanText(item.fenPerUnit),
        cap: item.capPercent,
        basis: formatCitation(item.basis)
      })}
      {item.verified ? '' : t('publicService.unverifiedRule')}
    </p>
  )
}
