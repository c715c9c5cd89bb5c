import { useState } from 'react'
import { call } from '../../lib/api'
import { saveFile } from '../lifecycle/files'

/** Saves the receipt as the JSON file the server renders (the full report, who applied it and when). */
export function useReceiptDownload() {
  const [error, setError] = useState<unknown>(null)
  const download = (id: string) => {
    setError(null)
    call('exchange/receipt-file', { id }).then(saveFile, setError)
  }
  return { error, download }
}
