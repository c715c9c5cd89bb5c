import { useEffect, useState } from 'react'
import type { CaseProgressView } from '../../../../shared/lifecycle-views'
import { call } from '../../lib/api'

/** The case's procedural progress, read again whenever `version` changes (after any recorded step). */
export function useProgress(caseId: string, version: number) {
  const [progress, setProgress] = useState<CaseProgressView | null>(null)
  const [error, setError] = useState<unknown>(null)
  useEffect(() => {
    let live = true
    call('cases/progress', { id: caseId }).then(
      (p) => {
        if (!live) return
        setProgress(p)
        setError(null)
      },
      (e: unknown) => live && setError(e)
    )
    return () => {
      live = false
    }
  }, [caseId, version])
  return { progress, error }
}
