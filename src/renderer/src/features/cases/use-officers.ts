import { useEffect, useState } from 'react'
import type { OfficerView } from '../../../../shared/views'
import { call } from '../../lib/api'

/** The unit's active officers, for the two 办案人员 selects and the list filter. */
export function useOfficers(): OfficerView[] {
  const [officers, setOfficers] = useState<OfficerView[]>([])
  useEffect(() => {
    let live = true
    call('users/officers', {}).then(
      (list) => live && setOfficers(list),
      () => live && setOfficers([])
    )
    return () => {
      live = false
    }
  }, [])
  return officers
}
