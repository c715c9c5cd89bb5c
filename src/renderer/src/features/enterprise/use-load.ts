import { useCallback, useEffect, useState } from 'react'

/**
 * A page's read: runs `load` (a stable callback) on mount and whenever it changes, and again on
 * `reload` after a write. The last data stays on screen while a reload runs; a failure is kept for
 * the page's error banner.
 */
export function useLoad<T>(load: () => Promise<T>): {
  data: T | null
  error: unknown
  reload: () => void
} {
  const [data, setData] = useState<T | null>(null)
  const [error, setError] = useState<unknown>(null)
  const reload = useCallback(() => {
    load().then((value) => {
      setData(value)
      setError(null)
    }, setError)
  }, [load])
  useEffect(() => {
    reload()
  }, [reload])
  return { data, error, reload }
}
