// The demo-data generator: a pure function of (seed, base date). It reads no clock, touches no
// database and makes no ids, so the same seed and base date always give the same cases, and the
// benchmarks can reuse it. Draws are strictly sequential, so a longer run extends a shorter one.
import type { CaseCreateInput } from '../../shared/schemas/cases'
import type { PartyInput } from '../../shared/schemas/party'
import { CAUSES, filingNote, openingOf, WEIGHTED_CAUSES, type CauseSpec } from './causes'
import { addDays, chineseDate } from './dates'
import { makePerson, personParty } from './people'
import { makePlate, WEIGHTED_AREAS, type Area } from './places'
import { createRng, type Rng } from './prng'
import { organisationParty, TRADES, type TradeKey } from './trades'
import { words } from './words'

/** A case ready for `cases/create`, except its officers: indexes into the caller's officer list. */
export type CaseDraft = Omit<CaseCreateInput, 'officerIds'> & {
  officers: readonly [number, number]
}

export type GenerateOptions = {
  seed: number
  /** Today in Asia/Shanghai (YYYY-MM-DD): cases fall in the three years before it. */
  baseDate: string
  /** How many officers the caller can assign (at least 2). */
  officerCount: number
}

const SPAN_DAYS = 3 * 365
const ROADSIDE = words('火车站广场 长途汽车客运站 高速公路收费站出口 城区主干道 城乡结合部路口')
const DEPARTURES = words('火车站 客运站 城区 工业园')
const REUSE_SHARE = 0.08 // repeat offenders, so prior-violation counts have something to find
const POOL_SIZE = 200

/** Parties seen so far, by kind and trade, to draw repeat offenders from. */
type PartyPool = Map<string, PartyInput[]>

function remember(rng: Rng, pool: PartyPool, key: string, party: PartyInput): void {
  const list = pool.get(key) ?? []
  if (list.length < POOL_SIZE) list.push(party)
  else list[rng.int(0, POOL_SIZE - 1)] = party
  pool.set(key, list)
}

type PartyContext = { spec: CauseSpec; trade: TradeKey; area: Area; baseDate: string }

function mainParty(rng: Rng, pool: PartyPool, { spec, trade, area, baseDate }: PartyContext) {
  const asPerson = rng.chance(spec.personShare)
  const key = `${asPerson ? 'person' : 'organisation'}:${trade}`
  const known = pool.get(key)
  if (known && rng.chance(REUSE_SHARE)) return rng.pick(known)
  const party = asPerson
    ? personParty(rng, makePerson(rng, baseDate, area))
    : organisationParty(rng, trade, area)
  remember(rng, pool, key, party)
  return party
}

/** Days from discovery to filing: often within the week, inside the 15 working days of 核查. */
function filingDelay(rng: Rng): number {
  return rng.weighted([
    [0, 25],
    [rng.int(1, 7), 55],
    [rng.int(8, 21), 20]
  ])
}

function placeName(a: Area): string {
  return `${a.city === '湖北省' ? '' : a.city}${a.district}`
}

function draft(rng: Rng, pool: PartyPool, options: GenerateOptions): CaseDraft {
  const spec = rng.weighted(WEIGHTED_CAUSES)
  const source = rng.weighted(spec.sources)
  const discoveredOn = addDays(options.baseDate, -rng.int(0, SPAN_DAYS - 1))
  // A clue whose filing would fall after the base date is still being verified (线索登记, no
  // filing date); a few older clues were never filed either.
  const filed = addDays(discoveredOn, filingDelay(rng))
  const filedOn = rng.chance(0.03) || filed > options.baseDate ? null : filed
  const area = rng.weighted(WEIGHTED_AREAS)
  const trade = rng.pick(spec.trades)
  const party = mainParty(rng, pool, { spec, trade, area, baseDate: options.baseDate })
  const parties = [party]
  if (spec.scene === 'road' && party.kind === 'person' && rng.chance(0.15)) {
    // The company the vehicle is registered to (挂靠), a second party.
    parties.push(organisationParty(rng, 'transport', area))
  }
  const destination = rng.weighted(WEIGHTED_AREAS)
  const facts = {
    rng,
    trade,
    on: chineseDate(discoveredOn),
    party: party.name,
    plate: makePlate(rng, area),
    from: `${area.district}${rng.pick(DEPARTURES)}`,
    to: destination === area ? `${area.district}各乡镇` : placeName(destination),
    goods: rng.pick(TRADES[trade].goods)
  }
  const place = spec.scene === 'road' ? `${placeName(area)}${rng.pick(ROADSIDE)}` : party.address
  const opening = openingOf(source, spec.scene, facts, place)
  const text = opening + spec.body(facts) + (filedOn ? filingNote(filedOn) : '')
  const first = rng.int(0, options.officerCount - 1)
  const second = (first + rng.int(1, options.officerCount - 1)) % options.officerCount
  return {
    cause: spec.cause,
    source,
    discoveredOn,
    // The act shortly before its discovery (no extra random draw, so existing seeds stay stable).
    violationOn: addDays(discoveredOn, -(Number(discoveredOn.slice(8, 10)) % 7)),
    filedOn,
    facts: text,
    parties,
    officers: [first, second]
  }
}

/** An endless, deterministic stream of demo cases; take as many as needed. */
export function* generateCases(options: GenerateOptions): Generator<CaseDraft, never, undefined> {
  if (options.officerCount < 2) throw new Error('two officers are needed per case (APL Art. 42)')
  const rng = createRng(options.seed)
  const pool: PartyPool = new Map()
  for (;;) yield draft(rng, pool, options)
}

/** The first `count` cases of the stream. */
export function generateCaseList(count: number, options: GenerateOptions): CaseDraft[] {
  const out: CaseDraft[] = []
  const stream = generateCases(options)
  while (out.length < count) out.push(stream.next().value)
  return out
}

/** Every 案由 the generator can produce (for documentation and tests). */
export const SEED_CAUSES: readonly string[] = CAUSES.map((c) => c.cause)
