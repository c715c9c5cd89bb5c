// Files between the renderer and the server travel as base64 in the JSON envelope.
import type { FileContentView } from '../../../../shared/lifecycle-views'

/**
 * Saves a file the server sent through a download anchor. The app denies window.open, so a PDF is
 * never opened in a new window; the operating system opens the saved file.
 */
export function saveFile(file: FileContentView): void {
  const binary = atob(file.contentBase64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mediaType }))
  const anchor = document.createElement('a')
  anchor.href = url
  anchor.download = file.fileName
  document.body.append(anchor)
  anchor.click()
  anchor.remove()
  // The download reads the blob when it starts; release the memory once it surely has.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

/** A chosen file's content as base64, without the `data:…;base64,` prefix of a data URL. */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => {
      const url = String(reader.result)
      resolve(url.slice(url.indexOf(',') + 1))
    }
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'))
    reader.readAsDataURL(file)
  })
}

const MEDIA_TYPE = /^[a-z0-9.+-]+\/[a-z0-9.+-]+$/i

/** The file's media type as the browser reports it, or the generic binary type. */
export function mediaTypeOf(file: File): string {
  return MEDIA_TYPE.test(file.type) ? file.type : 'application/octet-stream'
}
