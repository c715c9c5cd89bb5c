// Runs an export job: starts it, polls its progress every half second, then saves the file. The job
// is started by the method given — a report or register export ('exports/start', the default) or an
// exchange package ('exchange/export'); both run in the same job registry and are polled alike.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Input } from '../../../shared/api'
import type { ExportJobView } from '../../../shared/statistics-views'
import { call } from './api'
import { saveFile } from '../features/lifecycle/files'

const POLL_MS = 500

type StartMethod = 'exports/start' | 'exchange/export'

export function useExportJob<M extends StartMethod = 'exports/start'>(
  start: M = 'exports/start' as M
) {
  const [job, setJob] = useState<ExportJobView | null>(null)
  const [error, setError] = useState<unknown>(null)
  const live = useRef(true)
  useEffect(
    () => () => {
      live.current = false
    },
    []
  )
  /** Resolves true once the file has been handed to the browser to save. */
  const run = useCallback(
    async (input: Input<M>): Promise<boolean> => {
      setError(null)
      try {
        let view: ExportJobView = await call(start, input)
        setJob(view)
        while (view.state === 'running' && live.current) {
          await new Promise((resolve) => setTimeout(resolve, POLL_MS))
          view = await call('exports/status', { jobId: view.id })
          if (live.current) setJob(view)
        }
        if (view.state !== 'done' || !live.current) return false
        saveFile(await call('exports/file', { jobId: view.id }))
        return true
      } catch (e) {
        if (live.current) setError(e)
        return false
      }
    },
    [start]
  )
  const busy = job?.state === 'running'
  return { job, error, busy, run }
}
