// Runs an export job: starts it, polls its progress every half second, then saves the file.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Input } from '../../../shared/api'
import type { ExportJobView } from '../../../shared/statistics-views'
import { call } from './api'
import { saveFile } from '../features/lifecycle/files'

const POLL_MS = 500

export function useExportJob() {
  const [job, setJob] = useState<ExportJobView | null>(null)
  const [error, setError] = useState<unknown>(null)
  const live = useRef(true)
  useEffect(
    () => () => {
      live.current = false
    },
    []
  )
  const run = useCallback(async (input: Input<'exports/start'>) => {
    setError(null)
    try {
      let view = await call('exports/start', input)
      setJob(view)
      while (view.state === 'running' && live.current) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS))
        view = await call('exports/status', { jobId: view.id })
        if (live.current) setJob(view)
      }
      if (view.state === 'done' && live.current)
        saveFile(await call('exports/file', { jobId: view.id }))
    } catch (e) {
      if (live.current) setError(e)
    }
  }, [])
  const busy = job?.state === 'running'
  return { job, error, busy, run }
}
