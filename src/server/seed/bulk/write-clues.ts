// The rows of seeded clues (enterprise_clues with their steps) and of the loss ledger, numbered per
// unit and year as clues/register numbers them (`{doc prefix}线索〔year〕N号`, continuing after the
// unit's highest number under that head).
import type Database from 'better-sqlite3'
import type { ClueStep } from '../../../core/enterprise/clues'
import type { PlannedClue, PlannedLoss } from './clue-plan'
import type { SeededIds } from './ids'
import type { SeedStatements } from './statements'
import { isoOf } from './times'
import type { SeedUnit } from './units'

export type ClueCounts = { clues: number; clueSteps: number; losses: number }

/** The next serial under a clue number head, per unit (enterprise/clue-repo.ts nextClueNumber). */
export function clueNumbers(db: Database.Database) {
  const last = new Map<string, number>()
  const highest = db.prepare(
    `SELECT MAX(CAST(substr(clue_number, length(@head) + 1) AS INTEGER)) AS n FROM enterprise_clues
       WHERE origin_unit = @unit AND substr(clue_number, 1, length(@head)) = @head`
  )
  return (unit: SeedUnit, year: string): string => {
    const head = `${unit.docPrefix}线索〔${year}〕`
    const key = `${unit.code}|${head}`
    let n = last.get(key)
    if (n === undefined) n = (highest.get({ head, unit: unit.code }) as { n: number | null }).n ?? 0
    last.set(key, n + 1)
    return `${head}${n + 1}号`
  }
}

function stepColumns(s: ClueStep) {
  return [
    s.kind === 'transfer' || s.kind === 'refer' ? s.toAgency : null,
    s.kind === 'transfer' || s.kind === 'urge' ? s.deadlineOn : null,
    s.kind === 'handle' ? s.finding : null
  ] as const
}

export function writeClue(
  sql: SeedStatements,
  ids: SeededIds,
  unit: SeedUnit,
  clueNumber: string,
  clue: PlannedClue,
  counts: ClueCounts
): string {
  const id = ids(clue.createdMs)
  const by = unit.officerIds[0] ?? unit.headId
  const s = clue.state
  const updatedMs = clue.steps.at(-1)?.atMs ?? clue.createdMs
  sql.clue.run(
    id,
    clueNumber,
    clue.receivedOn,
    clue.channel,
    clue.reporter,
    clue.enterprise.uscc,
    clue.enterprise.name,
    clue.agency,
    clue.problemType,
    clue.amountFen,
    clue.summary,
    s.deadlineOn,
    s.status,
    s.handledOn,
    s.finding,
    s.referred ? 1 : 0,
    1 + clue.steps.length,
    unit.code,
    by,
    isoOf(clue.createdMs),
    isoOf(updatedMs)
  )
  for (const { step, note, atMs } of clue.steps) {
    sql.clueStep.run(ids(atMs), id, step.kind, step.on, ...stepColumns(step), note, by, isoOf(atMs))
  }
  counts.clues++
  counts.clueSteps += clue.steps.length
  return id
}

export type LossSource = {
  uscc: string
  name: string
  caseId: string | null
  clueId: string | null
}

export function writeLosses(
  sql: SeedStatements,
  ids: SeededIds,
  unit: SeedUnit,
  source: LossSource,
  losses: readonly PlannedLoss[],
  counts: ClueCounts
): void {
  const by = unit.officerIds[0] ?? unit.headId
  const written: string[] = []
  for (const l of losses) {
    const id = ids(l.atMs)
    written.push(id)
    const reverses = l.reverses === null ? null : (written[l.reverses] ?? null)
    sql.loss.run(
      id,
      source.uscc,
      source.name,
      l.category,
      l.amountFen,
      l.on,
      source.caseId,
      source.clueId,
      l.evidence,
      l.note,
      reverses,
      unit.code,
      by,
      isoOf(l.atMs)
    )
    counts.losses++
  }
}
