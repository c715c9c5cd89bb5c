import { useI18n } from '../../i18n/i18n'
import { href } from '../../lib/router'

type Tab = 'clues' | 'losses' | 'inspections'
const TABS: Tab[] = ['clues', 'losses', 'inspections']

/** The three registers of enterprise supervision; the top navigation links only the first. */
export function EnterpriseNav({ current }: { current: Tab | null }) {
  const { t } = useI18n()
  return (
    <nav className="actions" aria-label={t('enterprise.subnav')} data-testid="enterprise-nav">
      {TABS.map((tab) => (
        <a
          key={tab}
          href={href({ name: tab })}
          aria-current={tab === current ? 'page' : undefined}
          className={tab === current ? 'badge' : undefined}
        >
          {t(`enterprise.tab.${tab}`)}
        </a>
      ))}
    </nav>
  )
}
