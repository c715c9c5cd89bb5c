// A unit's draft checked the way publishing will check it: as published, together with the
// catalogue in force. Checking the draft as a draft would hide exactly the rules that only bind
// published packages (文号 required, no two benchmarks for one item in force at once), and the
// editor would learn about them only when publishing fails.
import type Database from 'better-sqlite3'
import type { CatalogueProblem } from '../../core/discretion/catalogue-problems'
import type { CataloguePackageView } from '../../shared/views'
import type { DiscretionSource } from '../discretion/catalogue-source'
import { publishedText } from './package-text'

export type ProblemView = CataloguePackageView['problems'][number]

export type DraftCheck = {
  /** The text as it will be stored on publishing. */
  text: string
  source: string
  /** Errors anywhere (they block publishing) and warnings about this draft. */
  problems: CatalogueProblem[]
}

export function draftSource(packageId: string): string {
  return `本单位草稿：${packageId}`
}

export function checkDraft(
  discretion: DiscretionSource,
  db: Database.Database,
  packageId: string,
  yaml: string
): DraftCheck {
  const text = publishedText(yaml)
  const source = draftSource(packageId)
  const load = discretion.check(db, { source, text })
  const all = load.ok ? load.warnings : load.problems
  // Warnings about packages already in force are not this editor's to fix; errors anywhere are.
  const problems = all.filter((p) => p.severity === 'error' || p.source === source)
  return { text, source, problems }
}

export function blockingProblems(check: DraftCheck): CatalogueProblem[] {
  return check.problems.filter((p) => p.severity === 'error')
}

/** For the editor: where (other package if not this draft, item code, path) and what. */
export function problemView(p: CatalogueProblem, source: string): ProblemView {
  const where = [p.source === source ? null : `[${p.source}]`, p.itemCode ?? null, p.path]
  const path = where.filter((x): x is string => x !== null).join(' ')
  return { path, message: p.severity === 'warning' ? `警告：${p.message}` : p.message }
}

export function problemViews(check: DraftCheck): ProblemView[] {
  return check.problems.map((p) => problemView(p, check.source))
}
