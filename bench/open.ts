// Open to first page (issue 10: ≤ 200 ms at 1,000,000 cases, warm cache): what the host does when the
// app starts — open the database file as the app does (backup check before migrations, WAL, pragmas,
// the migration check), build the server — then the first page of the case list through dispatch.
// Signing in is left out: it is the user typing and one scrypt hash, the same for any register.
// The baseline opens a bare better-sqlite3 connection and runs the list's first-page SQL.
import Database from 'better-sqlite3'
import { createServer } from '../src/server/app'
import type { Dataset } from './dataset'
import { samplePair, type Plan } from './measure'
import type { Row } from './table'

const OPEN_PLAN: Plan = { warmup: 2, minSamples: 11, maxSamples: 41, budgetMs: 10_000 }

const FIRST_PAGE = `SELECT c.id, c.case_number, c.cause, c.source, c.status, c.discovered_on, c.filed_on,
  c.officer1_id, c.officer2_id, c.party_names, c.updated_at,
  u1.display_name AS officer1_name, u2.display_name AS officer2_name
  FROM cases c JOIN users u1 ON u1.id = c.officer1_id JOIN users u2 ON u2.id = c.officer2_id
  WHERE c.deleted_at IS NULL ORDER BY c.sort_on DESC, c.id DESC LIMIT 51`

export async function benchOpen(data: Dataset): Promise<Row[]> {
  const officer = data.officerIds[0] ?? ''
  const s = await samplePair(
    async () => {
      const server = createServer(data.file, { log: () => undefined })
      try {
        const token = server.deps.sessions.open(officer, Date.now())
        const page = await server.dispatch('cases/list', { limit: 50 }, token)
        if (!page.ok) throw new Error(`cases/list: ${page.error.message}`)
      } finally {
        server.close()
      }
    },
    () => {
      const db = new Database(data.file)
      try {
        return db.prepare(FIRST_PAGE).all()
      } finally {
        db.close()
      }
    },
    OPEN_PLAN
  )
  return [
    {
      operation: 'open the database and show the first page',
      samples: s.op,
      baseline: { label: 'raw open + first-page SQL', samples: s.baseline }
    }
  ]
}
