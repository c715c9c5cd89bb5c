// Before a bulk seed: who may run it and on what (an administrator; no closed period in the seed's
// three years; not the same seed twice, whose records would have the same ids), and the own unit
// with the accounts its cases need, created through the handlers when missing.
import type Database from 'better-sqlite3'
import { AppError } from '../../../shared/errors'
import type { UserView } from '../../../shared/views'
import type { Server } from '../../app'
import { getDocPrefix, getUnit } from '../../unit/repo'
import { addDays } from '../dates'
import { expectOk } from '../envelope'
import { ensureHead, ensureOfficers, ensureReviewer, type NewAccount } from '../staff'
import type { SeedUnit } from './units'

type Request = { seed: number; baseDate: string; actor: UserView }

export function preflight(db: Database.Database, o: Request, auditAction: string): void {
  if (!o.actor.roles.includes('admin')) {
    throw new AppError('FORBIDDEN', '只有管理员可以生成演示数据。')
  }
  const from = addDays(o.baseDate, -3 * 365 - 30)
  const closed = db
    .prepare(
      'SELECT 1 FROM period_closes WHERE reopened_at IS NULL AND to_on >= ? AND from_on <= ?'
    )
    .get(from, o.baseDate)
  if (closed) {
    throw new AppError(
      'REFUSED',
      `${from} 至 ${o.baseDate} 之间有已结账的期间，不能在其中生成演示数据。`
    )
  }
  const seeds = db.prepare('SELECT detail FROM audit_log WHERE action = ?').all(auditAction) as {
    detail: string
  }[]
  if (seeds.some((r) => (JSON.parse(r.detail) as { seed?: number }).seed === o.seed)) {
    throw new AppError(
      'REFUSED',
      `本数据库已用种子 ${o.seed} 批量生成过演示数据；请换一个 --seed。`
    )
  }
}

export async function ownUnit(
  server: Server,
  o: { adminToken: string; officerPassword?: string | undefined }
): Promise<{ own: SeedUnit; officersCreated: NewAccount[] }> {
  const staff = { adminToken: o.adminToken, officerPassword: o.officerPassword }
  const officersCreated = await ensureOfficers(server, staff)
  const headId = await ensureHead(server, staff)
  const reviewerId = await ensureReviewer(server, staff)
  const officers = expectOk(await server.call('users/officers', {}, o.adminToken))
  const unit = getUnit(server.deps.db)
  if (!unit) throw new AppError('SETUP_REQUIRED', '请先完成首次设置。')
  const own: SeedUnit = {
    code: unit.code,
    name: unit.name,
    casePrefix: unit.casePrefix,
    docPrefix: getDocPrefix(server.deps.db),
    own: true,
    officerIds: officers.map((x) => x.id),
    headId,
    reviewerId
  }
  return { own, officersCreated }
}
