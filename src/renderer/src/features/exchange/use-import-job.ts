// An import as the wizard runs it: the chosen file is read and sent for verification, the job is
// polled until its dry-run report is ready (or it failed), then applied on the user's word.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { ImportJobView } from '../../../../shared/exchange-views'
import { call } from '../../lib/api'
import { readAsBase64 } from '../lifecycle/files'

const POLL_MS = 400

export function useImportJob() {
  const [job, setJob] = useState<ImportJobView | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [busy, setBusy] = useState(false)
  // Bumped by every start and by cancel: a poll of an abandoned job stops updating the screen.
  const generation = useRef(0)
  useEffect(
    () => () => {
      generation.current++
    },
    []
  )

  const inspect = useCallback(async (file: File) => {
    const mine = ++generation.current
    const current = () => generation.current === mine
    setError(null)
    setJob(null)
    setBusy(true)
    try {
      const contentBase64 = await readAsBase64(file)
      let view = await call('exchange/inspect', { fileName: file.name, contentBase64 })
      if (current()) setJob(view)
      while (view.state === 'verifying' && current()) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS))
        view = await call('exchange/import-status', { importId: view.importId })
        if (current()) setJob(view)
      }
    } catch (e) {
      if (current()) setError(e)
    } finally {
      if (current()) setBusy(false)
    }
  }, [])

  /** Resolves true once the package is merged (the job then carries its receipt). */
  const apply = useCallback(async (importId: string): Promise<boolean> => {
    const mine = ++generation.current
    setError(null)
    setBusy(true)
    try {
      const view = await call('exchange/apply', { importId })
      if (generation.current === mine) setJob(view)
      return true
    } catch (e) {
      if (generation.current === mine) setError(e)
      return false
    } finally {
      if (generation.current === mine) setBusy(false)
    }
  }, [])

  const reset = useCallback(() => {
    generation.current++
    setJob(null)
    setError(null)
    setBusy(false)
  }, [])

  return { job, error, busy, inspect, apply, reset }
}
