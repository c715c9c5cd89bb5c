// The units whose cases a bulk seed writes: the database's own unit, and county bureaus whose cases
// it holds as if merged in from their exchange packages (the consolidated statistics of a city
// bureau). A merged-in unit's cases keep that unit's code and 案号; its officers exist here only as
// the inactive accounts an import creates for them (exchange/merge.ts mergeUser).
import { orgCodeCheckChar, usccCheckChar, USCC_ALPHABET } from '../../../core/ids/uscc'
import { defaultDocPrefix } from '../../unit/repo'
import { IMPORTED_ACCOUNT } from '../../exchange/select'
import { makePersonName } from '../people'
import { HUBEI_AREAS, type Area } from '../places'
import type { Rng } from '../prng'
import type { SeededIds } from './ids'

export type SeedUnit = {
  code: string
  name: string
  casePrefix: string
  docPrefix: string
  own: boolean
  officerIds: readonly string[]
  headId: string
  reviewerId: string
}

/** An imported account, as an import writes it; inserted by the seed's statements. */
export type ImportedUser = { id: string; username: string; displayName: string }

/** A 机关 (category 11) 统一社会信用代码 of a county bureau. */
function agencyCode(rng: Rng, area: Area): string {
  const org8 = `MB${rng.chars(USCC_ALPHABET, 6)}`
  const first17 = `11${area.code}${org8}${orgCodeCheckChar(org8)}`
  return first17 + usccCheckChar(first17)
}

function districtShort(a: Area): string {
  return a.district.length > 2 ? a.district.slice(0, -1) : a.district
}

/** Merged-in county bureaus, each with four officers, a head and a legal reviewer. */
export function importedUnits(
  rng: Rng,
  ids: SeededIds,
  count: number,
  ownCode: string,
  createdMs: number
): { units: SeedUnit[]; users: ImportedUser[] } {
  const units: SeedUnit[] = []
  const users: ImportedUser[] = []
  const taken = new Set([ownCode.slice(2, 8)])
  const candidates = HUBEI_AREAS.filter((a) => !taken.has(a.code))
  for (let i = 0; i < count && candidates.length > 0; i++) {
    const area = candidates.splice(rng.int(0, candidates.length - 1), 1)[0] as Area
    const code = agencyCode(rng, area)
    const casePrefix = `${districtShort(area)}市监立`
    const person = (role: string, n: number) => {
      const user = {
        id: ids(createdMs),
        username: `seed-${role}-${n}@${code}`,
        displayName: makePersonName(rng, rng.chance(0.6))
      }
      users.push(user)
      return user.id
    }
    units.push({
      code,
      name: `${area.city === '湖北省' ? '' : area.city}${area.district}市场监督管理局`,
      casePrefix,
      docPrefix: defaultDocPrefix(casePrefix),
      own: false,
      officerIds: [1, 2, 3, 4].map((n) => person('officer', n)),
      headId: person('head', 1),
      reviewerId: person('reviewer', 1)
    })
  }
  return { units, users }
}

export const IMPORTED_PASSWORD_HASH = IMPORTED_ACCOUNT
