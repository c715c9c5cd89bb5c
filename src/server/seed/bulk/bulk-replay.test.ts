// The bulk seed writes rows directly; the handlers are the only way the app itself writes them. This
// test replays every seeded record through the handlers into a second database, with the clock set
// to the moment the seed says each record was written and as the user it names, and then compares
// both databases record by record: every step passes the handlers' validation, guards and
// consistency checks, and the handlers derive and store exactly what the seed wrote (status, due
// dates, revisions, evaluations, statistics facts, peer rows, search text, clue folds, ledgers).
import { beforeAll, describe, expect, it } from 'vitest'
import type { Role } from '../../../core/cases/vocabulary'
import type { PartyInput } from '../../../shared/schemas/party'
import { syncCaseFacts } from '../../statistics/case-facts'
import { makeTestServer, type TestServer } from '../../test-support'
import { bulkSeed } from './bulk-seed'

const BASE_DATE = '2026-03-02'
const FOREVER = 20 * 365 * 24 * 3600 * 1000

type Row = Record<string, unknown>

const rows = (t: TestServer, sql: string, ...params: unknown[]) =>
  t.server.deps.db.prepare(sql).all(...params) as Row[]
const str = (v: unknown) => String(v)

/** B's accounts for A's, by user name, with a session each (the clock moves over three years). */
async function sameAccounts(a: TestServer, b: TestServer) {
  const users = rows(a, "SELECT id, username, display_name FROM users WHERE username <> 'admin'")
  const ids = new Map<string, string>()
  const tokens = new Map<string, string>()
  for (const u of users) {
    const roles = rows(a, 'SELECT role FROM user_roles WHERE user_id = ?', u.id).map((r) => r.role)
    const input = {
      username: str(u.username),
      displayName: str(u.display_name),
      roles: roles as Role[],
      password: 'password-2026'
    }
    const created = await b.call('users/create', input, b.admin.token)
    ids.set(str(u.id), created.id)
    tokens.set(str(u.id), b.server.deps.sessions.open(created.id, Date.parse('2020-01-01')))
  }
  const token = (aUserId: unknown) => tokens.get(str(aUserId)) ?? ''
  const id = (aUserId: unknown) => ids.get(str(aUserId)) ?? ''
  return { token, id }
}

function partyInput(p: Row): PartyInput {
  const base = { name: str(p.name), address: str(p.address), contact: str(p.contact) }
  return p.kind === 'person'
    ? { kind: 'person', ...base, idNumber: str(p.id_number) }
    : {
        kind: 'organisation',
        ...base,
        uscc: str(p.uscc),
        legalRepresentative: str(p.legal_representative)
      }
}

type Step = { at: string; run: () => Promise<unknown> }

async function replayCases(
  a: TestServer,
  b: TestServer,
  users: Awaited<ReturnType<typeof sameAccounts>>
) {
  const caseIds = new Map<string, string>()
  const paymentIds = new Map<string, string>()
  const rev = async (id: string) => (await b.call('cases/get', { id }, b.admin.token)).rev
  for (const c of rows(a, 'SELECT * FROM cases ORDER BY row_no')) {
    const parties = rows(a, 'SELECT * FROM parties WHERE case_id = ? ORDER BY position', c.id)
    const officer = users.token(c.officer1_id)
    const steps: Step[] = []
    const bId = () => caseIds.get(str(c.id)) ?? ''
    steps.push({
      at: str(c.created_at),
      run: async () => {
        const created = await b.call(
          'cases/create',
          {
            cause: str(c.cause),
            source: c.source as never,
            discoveredOn: str(c.discovered_on),
            filedOn: (c.filed_on as string | null) ?? null,
            violationOn: (c.violation_on as string | null) ?? null,
            facts: str(c.facts),
            officerIds: [users.id(c.officer1_id), users.id(c.officer2_id)],
            parties: parties.map(partyInput)
          },
          officer
        )
        caseIds.set(str(c.id), created.id)
      }
    })
    for (const e of rows(a, 'SELECT * FROM case_evaluations WHERE case_id = ?', c.id)) {
      const { priorViolations: _p, publicService: _s, ...facts } = JSON.parse(str(e.facts)) as Row
      steps.push({
        at: str(e.created_at),
        run: async () =>
          b.call(
            'discretion/apply',
            { caseId: bId(), rev: await rev(bId()), facts: facts as never, choice: 'accept' },
            users.token(e.created_by)
          )
      })
    }
    for (const e of rows(a, 'SELECT * FROM case_events WHERE case_id = ? ORDER BY seq', c.id)) {
      const action = JSON.parse(str(e.action)) as Row
      // The form sends a no-penalty decision with an explicit null penalty.
      if (action.kind === 'decide' && action.outcome === 'noPenalty') action.penalty = null
      steps.push({
        at: str(e.created_at),
        run: async () =>
          b.call(
            'cases/act',
            { id: bId(), rev: await rev(bId()), action: action as never },
            users.token(e.created_by)
          )
      })
    }
    for (const p of rows(a, 'SELECT * FROM payments WHERE case_id = ?', c.id)) {
      steps.push({
        at: str(p.created_at),
        run: async () => {
          const reverses =
            p.reverses_id === null ? {} : { reversesId: paymentIds.get(str(p.reverses_id)) }
          const view = await b.call(
            'payments/record',
            {
              caseId: bId(),
              paidOn: str(p.paid_on),
              amountFen: Math.abs(Number(p.amount_fen)),
              receiptNo: str(p.receipt_no),
              note: str(p.note),
              ...reverses
            },
            users.token(p.created_by)
          )
          paymentIds.set(str(p.id), view.id)
        }
      })
    }
    for (const r of rows(a, 'SELECT * FROM decision_revocations WHERE case_id = ?', c.id)) {
      steps.push({
        at: str(r.created_at),
        run: async () =>
          b.call(
            'cases/revoke',
            {
              caseId: bId(),
              on: str(r.revoked_on),
              authority: r.authority as never,
              reason: str(r.reason)
            },
            users.token(r.created_by)
          )
      })
    }
    if (c.deleted_at !== null) {
      steps.push({
        at: str(c.deleted_at),
        run: async () =>
          b.call(
            'cases/delete',
            { id: bId(), rev: await rev(bId()), reason: str(c.deleted_reason) },
            officer
          )
      })
    }
    steps.sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0))
    for (const s of steps) {
      b.clock.set(s.at)
      await s.run()
    }
  }
  return caseIds
}

async function replayClues(
  a: TestServer,
  b: TestServer,
  users: Awaited<ReturnType<typeof sameAccounts>>,
  caseIds: Map<string, string>
) {
  const clueIds = new Map<string, string>()
  for (const c of rows(a, 'SELECT * FROM enterprise_clues ORDER BY created_at, id')) {
    b.clock.set(str(c.created_at))
    const first = rows(
      a,
      "SELECT deadline_on FROM clue_steps WHERE clue_id = ? AND kind = 'transfer'",
      c.id
    )
    const created = await b.call(
      'clues/register',
      {
        receivedOn: str(c.received_on),
        channel: c.channel as never,
        reporter: str(c.reporter),
        uscc: str(c.uscc),
        enterpriseName: str(c.enterprise_name),
        agency: str(c.agency),
        problemType: c.problem_type as never,
        amountFen: (c.amount_fen as number | null) ?? null,
        summary: str(c.summary)
      },
      users.token(c.created_by)
    )
    expect(first.length).toBeLessThanOrEqual(1)
    clueIds.set(str(c.id), created.id)
    for (const s of rows(
      a,
      'SELECT * FROM clue_steps WHERE clue_id = ? ORDER BY created_at',
      c.id
    )) {
      b.clock.set(str(s.created_at))
      const clue = await b.call('clues/get', { clueId: created.id }, b.admin.token)
      const extra = Object.fromEntries(
        [
          ['toAgency', s.to_agency],
          ['deadlineOn', s.deadline_on],
          ['finding', s.finding]
        ].filter(([, v]) => v !== null)
      ) as Row
      await b.call(
        'clues/step',
        {
          clueId: created.id,
          rev: clue.rev,
          kind: s.kind,
          on: str(s.on_date),
          note: str(s.note),
          ...extra
        } as never,
        users.token(s.created_by)
      )
    }
  }
  const lossIds = new Map<string, string>()
  for (const l of rows(a, 'SELECT * FROM recovered_losses ORDER BY created_at, id')) {
    b.clock.set(str(l.created_at))
    if (l.reverses_id === null) {
      const view = await b.call(
        'losses/record',
        {
          uscc: str(l.uscc),
          enterpriseName: str(l.enterprise_name),
          category: l.category as never,
          amountFen: Number(l.amount_fen),
          on: str(l.on_date),
          caseId: l.case_id === null ? null : (caseIds.get(str(l.case_id)) ?? null),
          clueId: l.clue_id === null ? null : (clueIds.get(str(l.clue_id)) ?? null),
          evidence: str(l.evidence),
          note: str(l.note)
        },
        users.token(l.created_by)
      )
      lossIds.set(str(l.id), view.id)
    } else {
      await b.call(
        'losses/reverse',
        {
          entryId: lossIds.get(str(l.reverses_id)) ?? '',
          amountFen: -Number(l.amount_fen),
          on: str(l.on_date),
          reason: str(l.note)
        },
        users.token(l.created_by)
      )
    }
  }
}

/** Everything the two databases must agree on, with ids replaced by what they identify. */
function comparable(t: TestServer) {
  const by = (col: string) => `(SELECT username FROM users WHERE id = ${col})`
  const num = '(SELECT case_number FROM cases k WHERE k.id = x.case_id)'
  const q = (sql: string) => rows(t, sql)
  return {
    cases:
      q(`SELECT case_number, origin_unit, cause, source, status, discovered_on, filed_on, sort_on, facts,
        ${by('officer1_id')} AS o1, ${by('officer2_id')} AS o2, party_names, rev, ${by('created_by')} AS by,
        created_at, updated_at, deleted_at, deleted_reason, decision_due_on, violation_on,
        extended_limitation, payment_due_on FROM cases ORDER BY case_number`),
    parties:
      q(`SELECT ${num} AS n, position, kind, name, id_number, uscc, legal_representative, address,
        contact FROM parties x ORDER BY n, position`),
    events:
      q(`SELECT ${num} AS n, seq, kind, on_date, action, origin_unit, ${by('created_by')} AS by,
        created_at FROM case_events x ORDER BY n, seq`),
    evaluations: q(`SELECT ${num} AS n, item_code, act_date, establishes_violation, benchmark_id,
        statute_version, prior_violations, facts, result, choice, outcome_level, fine_min_fen,
        fine_max_fen, intended_fine_fen, deviation, public_service_offset_fen, origin_unit,
        ${by('created_by')} AS by, created_at FROM case_evaluations x ORDER BY n, created_at`),
    payments:
      q(`SELECT ${num} AS n, paid_on, amount_fen, receipt_no, note, reverses_id IS NOT NULL AS r,
        origin_unit, ${by('created_by')} AS by, created_at FROM payments x ORDER BY n, created_at`),
    education: q(`SELECT ${num} AS n, forms, content, educated_on, follow_up_on, followed_up_on,
        origin_unit, ${by('created_by')} AS by, created_at FROM education_records x ORDER BY n`),
    revocations:
      q(`SELECT ${num} AS n, revoked_on, authority, reason, ${by('created_by')} AS by, created_at
        FROM decision_revocations x ORDER BY n`),
    facts: q(`SELECT * FROM case_facts ORDER BY case_number`).map(
      ({ case_id: _c, h1: _1, h2: _2, ...f }) => f
    ),
    outcomes: q(`SELECT * FROM case_outcomes ORDER BY case_number`).map(
      ({ case_id: _c, ...o }) => o
    ),
    search:
      q(`SELECT k.case_number, s.parties, s.body FROM case_search s JOIN cases k ON k.row_no = s.rowid
        ORDER BY k.case_number`),
    serials: q('SELECT * FROM case_number_serials ORDER BY year'),
    clues: q(`SELECT clue_number, received_on, channel, reporter, uscc, enterprise_name, agency,
        problem_type, amount_fen, summary, deadline_on, status, handled_on, finding, referred, rev,
        origin_unit, ${by('created_by')} AS by, created_at, updated_at FROM enterprise_clues
        ORDER BY clue_number`),
    clueSteps:
      q(`SELECT (SELECT clue_number FROM enterprise_clues c WHERE c.id = x.clue_id) AS n, kind,
        on_date, to_agency, deadline_on, finding, note, ${by('created_by')} AS by, created_at
        FROM clue_steps x ORDER BY n, created_at`),
    losses: q(`SELECT uscc, enterprise_name, category, amount_fen, on_date,
        (SELECT case_number FROM cases k WHERE k.id = x.case_id) AS k,
        (SELECT clue_number FROM enterprise_clues c WHERE c.id = x.clue_id) AS c, evidence, note,
        reverses_id IS NOT NULL AS r, duplicate_of, origin_unit, ${by('created_by')} AS by, created_at
        FROM recovered_losses x ORDER BY created_at`)
  }
}

describe('bulk seed replayed through the handlers', () => {
  let a: TestServer
  let b: TestServer

  beforeAll(async () => {
    a = await makeTestServer({ idleMs: FOREVER })
    const report = await bulkSeed(a.server, {
      cases: 500,
      // A seed whose 500 cases include revoked decisions (about one fine in 170 is revoked).
      seed: 30,
      baseDate: BASE_DATE,
      units: 1,
      deletedEvery: 50,
      guardEvery: 1,
      actor: a.admin.user,
      adminToken: a.admin.token
    })
    expect(report.stopped).toBe(0)
    b = await makeTestServer({ idleMs: FOREVER })
    const users = await sameAccounts(a, b)
    const caseIds = await replayCases(a, b, users)
    await replayClues(a, b, users, caseIds)
    syncCaseFacts(b.server.deps.db)
  }, 300_000)

  it('gives the same records, derived columns and projections as the handlers', () => {
    const seeded = comparable(a)
    const replayed = comparable(b)
    for (const key of Object.keys(seeded) as (keyof typeof seeded)[]) {
      expect([key, replayed[key]]).toEqual([key, seeded[key]])
    }
    for (const key of [
      'events',
      'payments',
      'education',
      'revocations',
      'outcomes',
      'losses'
    ] as const) {
      expect([key, seeded[key].length > 0]).toEqual([key, true])
    }
  })
})
