// The few facts the server needs from a package's YAML text before the full check: its id, title
// and status, and the one edit publishing makes (status: draft → published). The text itself is
// what the unit wrote and reviewed, so it is stored as written, comments and layout included.
import { isMap, isScalar, parseDocument } from 'yaml'
import { readYaml } from '../../core/discretion/catalogue-texts'
import { AppError } from '../../shared/errors'

export type PackageHeader = { packageId: string; title: string }

function refuse(message: string): AppError {
  return new AppError('VALIDATION', message, [{ path: 'yaml', message }])
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Reads id and title of a draft. Refuses text that is not YAML or has no id (there would be nothing
 * to key the row on) and text whose status is not `draft`: publishing is a separate, audited step.
 * Everything else, however wrong, is saved and reported as problems so that no work is lost.
 */
export function readDraftHeader(yaml: string): PackageHeader {
  const parsed = readYaml(yaml, '草稿')
  if (!parsed.ok) {
    const issues = parsed.problems.map((p) => ({ path: 'yaml', message: p.message }))
    throw new AppError('VALIDATION', issues[0]?.message ?? 'YAML 语法错误', issues)
  }
  const value = parsed.value
  if (!isRecord(value)) throw refuse('裁量基准文本应为一个 YAML 映射（键: 值）')
  const id = value['id']
  if (typeof id !== 'string' || id.trim() === '') throw refuse('裁量基准缺少编号（id）')
  if (id.length > 100) throw refuse('裁量基准编号（id）不得超过100个字符')
  if (value['status'] !== 'draft') {
    throw refuse('草稿的状态（status）应为 draft；发布时由系统改为 published')
  }
  const title = value['title']
  // A missing title is a schema problem reported with the others; the row still needs a label.
  return { packageId: id, title: typeof title === 'string' && title.trim() !== '' ? title : id }
}

/**
 * The text with its top-level `status` value replaced by `published`, and nothing else changed, so
 * the published text is the reviewed draft byte for byte apart from that one word.
 */
export function publishedText(yaml: string): string {
  const doc = parseDocument(yaml)
  const status = isMap(doc.contents)
    ? doc.contents.items.find((pair) => isScalar(pair.key) && pair.key.value === 'status')
    : undefined
  const range = status && isScalar(status.value) ? status.value.range : undefined
  if (!range) throw refuse('无法定位 status 字段，请写成 “status: draft”')
  const out = `${yaml.slice(0, range[0])}published${yaml.slice(range[1])}`
  const check = parseDocument(out).toJS() as unknown
  if (!isRecord(check) || check['status'] !== 'published') {
    throw refuse('无法改写 status 字段，请写成 “status: draft”')
  }
  return out
}
