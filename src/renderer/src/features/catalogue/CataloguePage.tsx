import { useCallback, useMemo, useState } from 'react'
import type { CataloguePackageView } from '../../../../shared/views'
import { useSession } from '../../app/session'
import { ErrorBanner } from '../../components/ErrorBanner'
import { useI18n } from '../../i18n/i18n'
import { asNewVersion, blank, type Opened } from './opened'
import { ItemsInForce } from './ItemsInForce'
import { PackageEditor } from './PackageEditor'
import { UnitPackages, type PackageActions } from './UnitPackages'
import { useCatalogue } from './use-catalogue'

/**
 * 裁量基准: the items in force for everyone; for administrators also the unit's own packages to
 * draft and publish. The server enforces the role; the page only hides what would be refused.
 */
export function CataloguePage() {
  const { t } = useI18n()
  const { user } = useSession()
  const isAdmin = user.roles.includes('admin')
  const { items, packages, error, refresh } = useCatalogue()
  const [opened, setOpened] = useState<Opened>(blank)
  const actions = useMemo<PackageActions | null>(
    () =>
      isAdmin
        ? {
            edit: (pkg) => setOpened({ kind: 'saved', pkg }),
            newVersion: (pkg) => setOpened(asNewVersion(pkg))
          }
        : null,
    [isAdmin]
  )
  const onSaved = useCallback(
    (pkg: CataloguePackageView) => {
      setOpened({ kind: 'saved', pkg })
      void refresh()
    },
    [refresh]
  )
  const onPublished = useCallback(() => {
    setOpened(blank())
    void refresh()
  }, [refresh])
  return (
    <section>
      <h1>{t('catalogue.title')}</h1>
      <ErrorBanner error={error} />
      <ItemsInForce items={items} />
      <UnitPackages packages={packages} actions={actions} />
      {isAdmin ? (
        <PackageEditor
          opened={opened}
          onSaved={onSaved}
          onPublished={onPublished}
          onNew={() => setOpened(blank())}
        />
      ) : (
        <p className="muted">{t('catalogue.readOnly')}</p>
      )}
    </section>
  )
}
