import type { CataloguePackageView } from '../../../../shared/views'
import { useI18n } from '../../i18n/i18n'

/** The check's findings on a saved draft, in the server's Chinese, each with where it is. */
export function ProblemList({ problems }: { problems: CataloguePackageView['problems'] }) {
  const { t } = useI18n()
  if (problems.length === 0) {
    return <div className="banner banner-ok">{t('catalogue.noProblems')}</div>
  }
  return (
    <div className="banner banner-error">
      <strong>{t('catalogue.problems', { n: problems.length })}</strong>
      <ul data-testid="catalogue-problems">
        {problems.map((p, i) => (
          <li key={`${i}:${p.path}`}>
            <code>{p.path}</code>：{p.message}
          </li>
        ))}
      </ul>
    </div>
  )
}
