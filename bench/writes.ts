// Creating a case on the full register: cases/create through dispatch (validation, officer checks,
// 案号, parties, search index, hash-chained audit row, one transaction) beside the same case
// written by the bulk path's plain inserts in one transaction. Runs last: it adds cases.
import type { CaseDraft } from '../src/server/seed/generate'
import type { Dataset } from './dataset'
import { samplePair, type Plan } from './measure'
import type { Row } from './table'

/** Every sample commits (one fsync each), so fewer samples than the reads. */
const WRITES: Plan = { warmup: 3, minSamples: 15, maxSamples: 300, budgetMs: 6_000 }

function createInput(data: Dataset, draft: CaseDraft) {
  const { officers, ...fields } = draft
  const officerIds = officers.map((i) => data.officerIds[i] ?? '')
  return { ...fields, officerIds }
}

export async function benchWrites(data: Dataset): Promise<Row[]> {
  // The session is officerIds[0]'s; any active officer may create a case for any two officers.
  const create = async () => {
    const input = createInput(data, data.nextDraft())
    const r = await data.server.dispatch('cases/create', input, data.token)
    if (!r.ok) throw new Error(`cases/create: ${r.error.code} ${r.error.message}`)
  }
  const s = await samplePair(create, () => data.writeOne(data.nextDraft()), WRITES)
  const baseline = { label: 'raw inserts', samples: s.baseline }
  return [{ operation: 'cases/create (one case)', samples: s.op, baseline }]
}
