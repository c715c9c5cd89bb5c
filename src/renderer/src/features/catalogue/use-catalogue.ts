import { useCallback, useEffect, useState } from 'react'
import type { CatalogueItemView, CataloguePackageView } from '../../../../shared/views'
import { call } from '../../lib/api'

/**
 * The items in force and the unit's own packages. Loaded separately: if the catalogue in force
 * cannot load, the unit's packages must still show.
 */
export function useCatalogue() {
  const [items, setItems] = useState<CatalogueItemView[]>([])
  const [packages, setPackages] = useState<CataloguePackageView[]>([])
  const [error, setError] = useState<unknown>(null)
  const refresh = useCallback(async () => {
    setError(null)
    await Promise.all([
      call('discretion/items', {}).then(setItems, setError),
      call('catalogue/packages', {}).then(setPackages, setError)
    ])
  }, [])
  useEffect(() => {
    void refresh()
  }, [refresh])
  return { items, packages, error, refresh }
}
