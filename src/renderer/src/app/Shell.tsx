import { CaseDetailPage } from '../features/cases/CaseDetailPage'
import { LanguageSwitch } from '../components/LanguageSwitch'
import { CaseFormPage } from '../features/cases/CaseFormPage'
import { CaseListPage } from '../features/cases/CaseListPage'
import { CataloguePage } from '../features/catalogue/CataloguePage'
import { DeadlinesPage } from '../features/dashboard/DeadlinesPage'
import { NumberBlocksPage } from '../features/lifecycle/NumberBlocksPage'
import { ConsistencyReportPage } from '../features/review/ConsistencyReportPage'
import { ReviewQueuePage } from '../features/review/ReviewQueuePage'
import { UsersPage } from '../features/users/UsersPage'
import { FlexiblePage } from '../features/flexible/FlexiblePage'
import { CluesPage } from '../features/enterprise/CluesPage'
import { ClueDetailPage } from '../features/enterprise/ClueDetailPage'
import { LossesPage } from '../features/enterprise/LossesPage'
import { EnterprisePage } from '../features/enterprise/EnterprisePage'
import { InspectionsPage } from '../features/enterprise/InspectionsPage'
import { StatisticsPage } from '../features/statistics/StatisticsPage'
import { ExchangePage } from '../features/exchange/ExchangePage'
import { BackupPage } from '../features/backup/BackupPage'
import { useI18n } from '../i18n/i18n'
import { href, useRoute, type Route } from '../lib/router'
import type { IntegrityView } from '../../../shared/views'
import { SessionContext, type Session } from './session'

function Page({ route }: { route: Route }) {
  switch (route.name) {
    case 'caseList':
      return <CaseListPage />
    case 'caseNew':
      return <CaseFormPage key="new" />
    case 'caseDetail':
      return <CaseDetailPage key={route.id} id={route.id} />
    case 'caseEdit':
      return <CaseFormPage key={`edit-${route.id}`} id={route.id} />
    case 'users':
      return <UsersPage />
    case 'catalogue':
      return <CataloguePage />
    case 'deadlines':
      return <DeadlinesPage />
    case 'numbers':
      return <NumberBlocksPage />
    case 'reviewQueue':
      return <ReviewQueuePage />
    case 'reviewReport':
      return <ConsistencyReportPage />
    case 'flexible':
      return <FlexiblePage />
    case 'clues':
      return <CluesPage />
    case 'clueDetail':
      return <ClueDetailPage key={route.id} id={route.id} />
    case 'losses':
      return <LossesPage />
    case 'enterprise':
      return <EnterprisePage key={route.uscc} uscc={route.uscc} />
    case 'inspections':
      return <InspectionsPage />
    case 'statistics':
      return <StatisticsPage />
    case 'exchange':
      return <ExchangePage />
    case 'backups':
      return <BackupPage />
  }
}

/** The signed-in frame: header with navigation, language switch and sign-out, then the routed page. */
export function Shell({ session, integrity }: { session: Session; integrity: IntegrityView }) {
  const { t } = useI18n()
  const route = useRoute()
  const isAdmin = session.user.roles.includes('admin')
  const isOfficer = session.user.roles.includes('officer')
  const isHead = session.user.roles.includes('head')
  const isReviewer = session.user.roles.includes('reviewer')
  return (
    <SessionContext.Provider value={session}>
      <header className="topbar">
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-unit">{session.unit.name}</span>
        </div>
        <nav>
          <a href={href({ name: 'caseList' })}>{t('nav.cases')}</a>
          {isOfficer ? <a href={href({ name: 'caseNew' })}>{t('nav.newCase')}</a> : null}
          <a href={href({ name: 'deadlines' })}>{t('nav.deadlines')}</a>
          <a href={href({ name: 'catalogue' })}>{t('nav.catalogue')}</a>
          {/* Officers void spoilt numbers of their own blocks; heads and admins reserve blocks. */}
          {isHead || isAdmin || isOfficer ? (
            <a href={href({ name: 'numbers' })}>{t('nav.numbers')}</a>
          ) : null}
          {isReviewer || isHead ? (
            <a href={href({ name: 'reviewQueue' })}>{t('nav.review')}</a>
          ) : isAdmin ? (
            // Administrators read the report (no queue): their way to it.
            <a href={href({ name: 'reviewReport' })}>{t('nav.reviewReport')}</a>
          ) : null}
          <a href={href({ name: 'statistics' })}>{t('nav.statistics')}</a>
          <a href={href({ name: 'flexible' })}>{t('nav.flexible')}</a>
          <a href={href({ name: 'clues' })}>{t('nav.enterprise')}</a>
          {/* Consolidation: heads and admins export and import; reviewers read what was received. */}
          {isHead || isAdmin || isReviewer ? (
            <a href={href({ name: 'exchange' })}>{t('nav.exchange')}</a>
          ) : null}
          {isAdmin ? <a href={href({ name: 'users' })}>{t('nav.users')}</a> : null}
          {isAdmin ? <a href={href({ name: 'backups' })}>{t('nav.backups')}</a> : null}
        </nav>
        <div className="topbar-right">
          <span data-testid="current-user">
            {t('nav.signedInAs', { name: session.user.displayName })}
          </span>
          <LanguageSwitch />
          <button type="button" className="link" onClick={session.signOut}>
            {t('nav.logout')}
          </button>
        </div>
      </header>
      <main>
        {integrity.state === 'failed' ? (
          <div className="banner banner-error" role="alert" data-testid="integrity-warning">
            <strong>{t('integrity.failed')}</strong>
            <ul>
              {integrity.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <Page route={route} />
      </main>
    </SessionContext.Provider>
  )
}
