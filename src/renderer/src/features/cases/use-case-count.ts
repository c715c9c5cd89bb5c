import { useEffect, useState } from 'react'
import { call } from '../../lib/api'
import type { CaseFilters } from './use-case-windows'

/**
 * How many cases `filters` select (`cases/count`), or null until it is known or if it failed: the
 * list shows its rows without waiting, and the total when it arrives. An answer for filters that
 * have since changed is dropped.
 */
export function useCaseCount(filters: CaseFilters): number | null {
  const [counted, setCounted] = useState<{ filters: CaseFilters; count: number } | null>(null)
  useEffect(() => {
    let current = true
    call('cases/count', filters).then(
      ({ count }) => {
        if (current) setCounted({ filters, count })
      },
      // The count is a convenience beside the rows; the rows report their own errors.
      () => undefined
    )
    return () => {
      current = false
    }
  }, [filters])
  return counted?.filters === filters ? counted.count : null
}
