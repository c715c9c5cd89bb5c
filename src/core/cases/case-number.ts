// 案号: the unit's prefix, the year in 〔〕 brackets and a serial number, e.g. 鄂汉阳市监立〔2026〕12号.
// The year is the filing year (or, for a registered clue, the year it was discovered).

export function caseNumberYear(discoveredOn: string, filedOn: string | null): number {
  return Number((filedOn ?? discoveredOn).slice(0, 4))
}

export function formatCaseNumber(prefix: string, year: number, serial: number): string {
  return `${prefix}〔${year}〕${serial}号`
}
