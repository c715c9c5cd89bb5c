/** An event timestamp (UTC ISO) shown as Beijing time, the legal time zone of every record. */
export function formatInstant(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 8 * 3600_000)
  return d.toISOString().slice(0, 16).replace('T', ' ')
}
