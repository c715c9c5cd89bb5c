import { useEffect, useRef, useState } from 'react'
import type { CaseFactsInput } from '../../../../shared/schemas/discretion'
import type { DiscretionPreview } from '../../../../shared/views'
import { call } from '../../lib/api'

/**
 * Asks the server for the proposal while the officer types (debounced). Only the answer to the latest
 * request is shown, so a slow early answer never overwrites a newer one.
 */
export function usePreview(caseId: string, facts: CaseFactsInput | null, key: string) {
  const [preview, setPreview] = useState<DiscretionPreview | null>(null)
  const [error, setError] = useState<unknown>(null)
  const latest = useRef(0)
  const factsRef = useRef(facts)
  factsRef.current = facts
  useEffect(() => {
    const current = factsRef.current
    if (!current) {
      setPreview(null)
      return
    }
    const request = ++latest.current
    const timer = setTimeout(() => {
      call('discretion/preview', { caseId, facts: current }).then(
        (p) => {
          if (request !== latest.current) return
          setPreview(p)
          setError(null)
        },
        (e: unknown) => {
          if (request !== latest.current) return
          setPreview(null)
          setError(e)
        }
      )
    }, 250)
    return () => clearTimeout(timer)
  }, [caseId, key])
  return { preview, error }
}
