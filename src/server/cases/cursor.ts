import { AppError } from '../../shared/errors'

/** Keyset cursor: the (sort date, id) of the last row of a page, opaque to the client. */
export type CaseCursor = { sortOn: string; id: string }

export function encodeCursor(cursor: CaseCursor): string {
  return Buffer.from(JSON.stringify([cursor.sortOn, cursor.id])).toString('base64url')
}

export function decodeCursor(value: string): CaseCursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'))
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[0] === 'string' &&
      typeof parsed[1] === 'string' &&
      /^\d{4}-\d{2}-\d{2}$/.test(parsed[0])
    ) {
      return { sortOn: parsed[0], id: parsed[1] }
    }
  } catch {
    // fall through to the refusal below
  }
  throw new AppError('VALIDATION', '分页游标无效，请从第一页重新查询。', [
    { path: 'cursor', message: '分页游标无效' }
  ])
}
