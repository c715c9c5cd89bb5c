// Money on the lifecycle screens: integer fen in, yuan text out, by integer arithmetic (no rounding).

/** The yuan text of a fen amount, as an officer types it: 1234550 → '12345.50'; −5000 → '-50.00'. */
export function fenToYuan(fen: number): string {
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(fen)
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
}

/** 1234550 → '12345.50元' (the form the balance explanation and the documents use). */
export function fenText(fen: number): string {
  return `${fenToYuan(fen)}元`
}

/** A file size for people: 512 B, 12.3 KB, 4.5 MB. */
export function bytesText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
