// Problems found in a catalogue: a machine code, a Chinese message, and where (package, item,
// path).

export type CatalogueProblemCode =
  | 'SCHEMA'
  | 'YAML'
  | 'DUPLICATE_CODE'
  | 'DUPLICATE_PACKAGE'
  | 'DATE_INVERTED'
  | 'MISSING_CITATION'
  | 'MISSING_DOCUMENT_NUMBER'
  | 'RANGE_INVERTED'
  | 'BRANCH_GAP'
  | 'BRANCH_OVERLAP'
  | 'BRANCH_EMPTY'
  | 'BAND_OUTSIDE_STATUTORY'
  | 'BAND_OVERLAP'
  | 'BAND_INVERTED'
  | 'MITIGATED_NOT_BELOW'
  | 'MISSING_LEVELS'
  | 'UNKNOWN_PROFILE'
  | 'PROFILE_KIND_MISMATCH'
  | 'FINE_TYPE_MISMATCH'
  | 'VERSION_OVERLAP'
  | 'VERSION_GAP'
  | 'PACKAGE_OVERLAP'
  | 'SUPERSEDES_NOT_LATER'
  | 'UNKNOWN_SUPERSEDES'
  | 'DUPLICATE_LIST'
  | 'EMPTY_PRECONDITION'

export type CatalogueProblem = {
  severity: 'error' | 'warning'
  code: CatalogueProblemCode
  message: string
  /** File or package id the problem is in. */
  source: string
  itemCode?: string
  path: string
}

/** One line for the CLI: 错误 [file] SC-FS-122-01 items[0].versions[0]: message */
export function formatProblem(p: CatalogueProblem): string {
  const sev = p.severity === 'error' ? '错误' : '警告'
  const item = p.itemCode ? ` ${p.itemCode}` : ''
  return `${sev} [${p.source}]${item} ${p.path}：${p.message}`
}
