import type { CataloguePackageView } from '../../../../shared/views'
import { useI18n } from '../../i18n/i18n'
import { formatInstant } from '../../lib/format'

export type PackageActions = {
  edit: (pkg: CataloguePackageView) => void
  newVersion: (pkg: CataloguePackageView) => void
}

/** `actions` only for administrators; everyone else reads. */
type Props = { packages: CataloguePackageView[]; actions: PackageActions | null }

/** The unit's own packages, drafts and published versions, with the problems of each draft. */
export function UnitPackages({ packages, actions }: Props) {
  const { t } = useI18n()
  return (
    <section aria-label={t('catalogue.unitPackages')}>
      <h2>{t('catalogue.unitPackages')}</h2>
      {packages.length === 0 ? <p className="muted">{t('catalogue.packagesEmpty')}</p> : null}
      <table className="list" data-testid="catalogue-packages">
        <thead>
          <tr>
            <th>{t('catalogue.packageId')}</th>
            <th>{t('catalogue.packageTitle')}</th>
            <th>{t('catalogue.status')}</th>
            <th>{t('catalogue.updatedAt')}</th>
            <th>{t('catalogue.publishedAt')}</th>
            <th>{t('catalogue.problemCount')}</th>
            {actions ? <th>{t('catalogue.actions')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {packages.map((p) => (
            <tr key={p.id}>
              <td>{p.packageId}</td>
              <td>{p.title}</td>
              <td>
                <span className="badge">{t(`catalogue.status.${p.status}`)}</span>
              </td>
              <td>{formatInstant(p.updatedAt)}</td>
              <td>{p.publishedAt ? formatInstant(p.publishedAt) : '—'}</td>
              <td>
                {p.status === 'draft'
                  ? t('catalogue.problemCountValue', { n: p.problems.length })
                  : '—'}
              </td>
              {actions ? (
                <td>
                  {p.status === 'draft' ? (
                    <button type="button" className="link" onClick={() => actions.edit(p)}>
                      {t('catalogue.edit')}
                    </button>
                  ) : (
                    <button type="button" className="link" onClick={() => actions.newVersion(p)}>
                      {t('catalogue.newVersion')}
                    </button>
                  )}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
