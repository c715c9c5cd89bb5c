import { useEffect, useState } from 'react'
import type { CaseReviewView } from '../../../../shared/review-views'
import { call } from '../../lib/api'

/** The case's consistency review, read again whenever `version` changes (a step, an evaluation, a
 * verdict). */
export function useCaseReview(caseId: string, version: number) {
  const [review, setReview] = useState<CaseReviewView | null>(null)
  const [error, setError] = useState<unknown>(null)
  useEffect(() => {
    let live = true
    call('review/case', { caseId }).then(
      (r) => {
        if (!live) return
        setReview(r)
        setError(null)
      },
      (e: unknown) => live && setError(e)
    )
    return () => {
      live = false
    }
  }, [caseId, version])
  return { review, error }
}
