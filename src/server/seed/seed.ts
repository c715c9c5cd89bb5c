// Writes generated demo cases through the real handler (`cases/create`), so seed data passes the
// same validation and gets real 案号, audit rows and search-index entries, like typed-in cases.
import type { OfficerView } from '../../shared/views'
import type { Server } from '../app'
import { expectOk } from './envelope'
import { generateCases } from './generate'
import { callerFor, carryToDecision, tallyOutcome, type OutcomeReport } from './outcomes'
import { createRng } from './prng'
import { ensureHead, ensureOfficers, type NewAccount } from './staff'

export { DEFAULT_OFFICER_PASSWORD } from './staff'

/** Cases per transaction: one fsync per batch rather than per case, and a progress line each. */
export const BATCH_SIZE = 1000

export type SeedOptions = {
  cases: number
  seed: number
  /** Today in Asia/Shanghai; the caller reads the clock, the generator never does. */
  baseDate: string
  /** Session of an admin, to create officer accounts when fewer than two are active. */
  adminToken: string
  officerPassword?: string
  progress?: (done: number, total: number) => void
  /** Cases per transaction (default BATCH_SIZE); progress is reported after each commit. */
  batchSize?: number
  /** Also carry older filed cases through the lifecycle to a decision (seed/outcomes.ts). */
  outcomes?: boolean
}

export type SeedReport = {
  created: number
  officers: number
  officersCreated: NewAccount[]
  /** With `outcomes`: cases decided, and cases a guard stopped on the way. */
  outcomes: OutcomeReport | null
}

/**
 * Sessions for the officers, opened directly on the server's session store: the seeder is a trusted
 * local operator (see src/cli/identity.ts). Each case is created by its first officer.
 */
function officerSessions(server: Server) {
  const tokens = new Map<string, string>()
  return {
    tokenFor(officerId: string): string {
      let token = tokens.get(officerId)
      if (!token) {
        token = server.deps.sessions.open(officerId, server.deps.clock.now().getTime())
        tokens.set(officerId, token)
      }
      return token
    },
    closeAll(): void {
      for (const token of tokens.values()) server.deps.sessions.close(token)
    }
  }
}

export async function seedCases(server: Server, options: SeedOptions): Promise<SeedReport> {
  const officersCreated = await ensureOfficers(server, options)
  const officers = expectOk(await server.call('users/officers', {}, options.adminToken))
  const sessions = officerSessions(server)
  const { seed, baseDate } = options
  const stream = generateCases({ seed, baseDate, officerCount: officers.length })
  const db = server.deps.db
  const head = options.outcomes ? await ensureHead(server, options) : null
  // A stream of its own, so that adding outcomes leaves the generated cases as they were.
  const outcomeRng = createRng((seed ^ 0x5eed) >>> 0)
  const outcomes: OutcomeReport = { decided: 0, stopped: 0, problems: [] }
  let done = 0
  try {
    while (done < options.cases) {
      const end = Math.min(done + (options.batchSize ?? BATCH_SIZE), options.cases)
      // The handler is reached through an async dispatch, and better-sqlite3's db.transaction()
      // refuses async functions, so the batch is opened by hand; the handler's own db.transaction()
      // then nests as a SAVEPOINT. IMMEDIATE takes the write lock up front, so a running desktop
      // app waits (busy_timeout) instead of failing halfway through a batch.
      db.exec('BEGIN IMMEDIATE')
      try {
        for (; done < end; done++) {
          const {
            officers: [a, b],
            ...fields
          } = stream.next().value
          const first = officers[a] as OfficerView
          const second = officers[b] as OfficerView
          const input = { ...fields, officerIds: [first.id, second.id] }
          const created = expectOk(
            await server.call('cases/create', input, sessions.tokenFor(first.id))
          )
          if (head) {
            const party = input.parties[0]
            const outcome = await carryToDecision(
              callerFor(server, sessions.tokenFor(head)),
              {
                id: created.id,
                cause: input.cause,
                partyKind: party?.kind ?? 'organisation',
                violationOn: input.violationOn ?? input.discoveredOn,
                discoveredOn: input.discoveredOn,
                filedOn: input.filedOn ?? null
              },
              outcomeRng,
              baseDate
            )
            tallyOutcome(outcomes, outcome)
          }
        }
        db.exec('COMMIT')
      } catch (error) {
        // Earlier batches stay committed (and were reported); this one leaves no trace.
        if (db.inTransaction) db.exec('ROLLBACK')
        throw error
      }
      options.progress?.(done, options.cases)
    }
  } finally {
    sessions.closeAll()
  }
  return {
    created: done,
    officers: officers.length,
    officersCreated,
    outcomes: head ? outcomes : null
  }
}
