// The cases of a bulk seed, one after another in the generator's order: pick the unit, number the
// case, plan its lifecycle, derive what the app would store, write the rows.
import type Database from 'better-sqlite3'
import { caseNumberYear, formatCaseNumber } from '../../../core/cases/case-number'
import type { PartyInput } from '../../../shared/schemas/party'
import { addDays } from '../dates'
import type { CaseDraft } from '../generate'
import type { Rng } from '../prng'
import { derivedDates } from './derived'
import type { SeededIds } from './ids'
import { planLifecycle, type LifecycleEnv } from './lifecycle-plan'
import type { CasePlan } from './plan-types'
import type { SeedStatements } from './statements'
import { officeMoment } from './times'
import type { SeedUnit } from './units'
import { writeCase, type RowCounts } from './write-case'
import { foldActions } from '../../../core/lifecycle/progress'
import type { Enterprise } from './clue-plan'
import { partySearchText } from './search-index'

export type CaseLoopStreams = {
  drafts: () => CaseDraft
  /** Unit choice and duplicate registrations. */
  units: Rng
  /** Lifecycle plans. */
  life: Rng
  /** Creation moments and other details of the rows. */
  rows: Rng
  ids: SeededIds
}

export type CaseLoopInput = {
  /** Read for the 案号 serials the own unit has used (case_number_serials). */
  db: Database.Database
  sql: SeedStatements
  units: readonly SeedUnit[]
  env: LifecycleEnv
  /** false: cases are created and left as created (the bench register). */
  lifecycle: boolean
  /** Every n-th case is a duplicate registration, deleted soon after (0: none). */
  deletedEvery: number
  /** Every n-th case's steps pass the lifecycle guards (1: all). */
  guardEvery: number
  /** Write each case's full-text row with the case (instead of one INSERT … SELECT at the end). */
  indexEach: boolean
  progress: (done: number) => void
}

export type RevokedFine = {
  unit: SeedUnit
  caseId: string
  enterprise: Enterprise
  paidFen: number
  /** The refund of the revoked fine, recorded in the loss ledger. */
  lossOn: string
  lossMs: number
}

export type CaseLoopResult = {
  counts: RowCounts
  liveCases: number
  stopped: number
  problems: string[]
  enterprises: Enterprise[]
  revoked: RevokedFine[]
  /** A party name of one live organisation case in the second half (the bench's rare search). */
  rareParty: string
}

const ENTERPRISE_POOL = 5000
const MAX_PROBLEMS = 5

/** Own unit: half the cases; the merged-in units share the rest. */
function pickUnit(rng: Rng, units: readonly SeedUnit[]): SeedUnit {
  const [own, ...others] = units
  if (!own) throw new Error('no unit to seed')
  if (others.length === 0 || rng.chance(0.5)) return own
  return rng.pick(others)
}

/** 案号 serials per prefix and year, continuing the unit's own counter (case_number_serials). */
function caseSerials(db: Database.Database) {
  const last = new Map<string, number>()
  const stored = db.prepare(
    'SELECT last_serial FROM case_number_serials WHERE prefix = ? AND year = ?'
  )
  return {
    next(unit: SeedUnit, year: number): number {
      const key = `${unit.casePrefix}|${year}`
      let n = last.get(key)
      if (n === undefined) {
        const row = unit.own
          ? (stored.get(unit.casePrefix, year) as { last_serial: number } | undefined)
          : undefined
        n = row?.last_serial ?? 0
      }
      last.set(key, n + 1)
      return n + 1
    },
    /** The own unit's counters, to store at the end (merged-in units number their own cases). */
    own(units: readonly SeedUnit[]): [string, number, number][] {
      const prefixes = new Set(units.filter((u) => u.own).map((u) => u.casePrefix))
      return [...last].flatMap(([key, n]) => {
        const [prefix = '', year = '0'] = key.split('|')
        return prefixes.has(prefix) ? [[prefix, Number(year), n] as [string, number, number]] : []
      })
    }
  }
}

function asCreated(filedOn: string | null): CasePlan {
  return {
    evaluation: null,
    acts: [],
    payments: [],
    revocation: null,
    progress: foldActions(filedOn ? 'FILED' : 'REGISTERED', filedOn, []),
    refreshedMs: null,
    touchedMs: null,
    stoppedBy: null
  }
}

function organisation(parties: readonly PartyInput[]): Enterprise | null {
  const p = parties.find((x) => x.kind === 'organisation')
  return p?.kind === 'organisation' ? { uscc: p.uscc, name: p.name } : null
}

export function runCaseLoop(
  input: CaseLoopInput,
  streams: CaseLoopStreams,
  total: number
): CaseLoopResult & { serials: [string, number, number][] } {
  const { sql, units, env } = input
  const serials = caseSerials(input.db)
  const counts: RowCounts = {
    cases: 0,
    parties: 0,
    evaluations: 0,
    events: 0,
    payments: 0,
    education: 0,
    revocations: 0,
    facts: 0,
    outcomes: 0
  }
  const result: CaseLoopResult = {
    counts,
    liveCases: 0,
    stopped: 0,
    problems: [],
    enterprises: [],
    revoked: [],
    rareParty: ''
  }
  for (let i = 0; i < total; i++) {
    const draft = streams.drafts()
    const unit = pickUnit(streams.units, units)
    const deleted = input.deletedEvery > 0 && i % input.deletedEvery === input.deletedEvery - 1
    const year = caseNumberYear(draft.discoveredOn, draft.filedOn)
    const caseNumber = formatCaseNumber(unit.casePrefix, year, serials.next(unit, year))
    const createdMs = officeMoment(streams.rows, draft.filedOn ?? draft.discoveredOn)
    const id = streams.ids(createdMs)
    const officerIds = [
      unit.officerIds[draft.officers[0] % unit.officerIds.length] ?? '',
      unit.officerIds[draft.officers[1] % unit.officerIds.length] ?? ''
    ] as const
    const partyKinds = draft.parties.map((p) => p.kind)
    const violationOn = draft.violationOn ?? draft.discoveredOn
    const plan =
      input.lifecycle && !deleted
        ? planLifecycle({ ...env, guarded: i % input.guardEvery === 0 }, streams.life, {
            caseNo: i,
            cause: draft.cause,
            parties: draft.parties,
            filedOn: draft.filedOn,
            discoveredOn: draft.discoveredOn,
            violationOn,
            partyKinds,
            createdMs
          })
        : asCreated(draft.filedOn)
    if (plan.stoppedBy !== null) {
      result.stopped++
      if (result.problems.length < MAX_PROBLEMS) result.problems.push(plan.stoppedBy)
    }
    const dates = derivedDates(env.calendar, plan, draft.filedOn)
    const row = {
      id,
      caseNumber,
      unitCode: unit.code,
      cause: draft.cause,
      status: plan.progress.status,
      filedOn: draft.filedOn,
      source: draft.source,
      discoveredOn: draft.discoveredOn,
      violationOn,
      facts: draft.facts,
      officerIds,
      parties: draft.parties,
      createdMs,
      deletedMs: deleted ? createdMs + streams.rows.int(5, 120) * 60_000 : null,
      decisionDueOn: dates.decisionDueOn,
      paymentDueOn: dates.paymentDueOn
    }
    writeCase(sql, streams.ids, unit, row, plan, env.config, counts)
    if (input.indexEach && !deleted) {
      const body = [caseNumber, draft.cause, draft.facts].join('\n')
      sql.search.run(partySearchText(draft.parties), body, id)
    }
    if ((i + 1) % 10_000 === 0) input.progress(i + 1)
    if (deleted) continue
    result.liveCases++
    const enterprise = organisation(draft.parties)
    if (enterprise) {
      if (result.rareParty === '' && i >= total / 2) result.rareParty = enterprise.name
      if (result.enterprises.length < ENTERPRISE_POOL) result.enterprises.push(enterprise)
      else if (streams.units.chance(0.01))
        result.enterprises[streams.units.int(0, ENTERPRISE_POOL - 1)] = enterprise
    }
    const r = plan.revocation
    const paidFen = plan.payments.reduce((sum, p) => sum + p.amountFen, 0)
    if (r && enterprise && paidFen > 0) {
      const lossOn = addDays(r.on, streams.rows.int(1, 15))
      const lossMs = officeMoment(streams.rows, lossOn)
      result.revoked.push({ unit, caseId: id, enterprise, paidFen, lossOn, lossMs })
    }
  }
  input.progress(total)
  return { ...result, serials: serials.own(units) }
}
