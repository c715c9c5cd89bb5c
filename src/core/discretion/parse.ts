// Parsing untrusted input (JSON from the CLI, IPC or YAML) into the engine's types, with Chinese
// messages from zod's zh-CN locale.
import { z } from 'zod'
import { cataloguePackageSchema, type CataloguePackage } from './catalogue-schema'
import { unitConfigSchema, type UnitConfig } from './config-schema'
import { factsSchema, type Facts } from './facts-schema'

export type ParseIssue = { path: string; message: string }
export type Parsed<T> = { ok: true; value: T } | { ok: false; issues: ParseIssue[] }

const zh = z.locales.zhCN().localeError

function pathText(path: readonly PropertyKey[]): string {
  let out = ''
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p)
  return out || '(根)'
}

function parseWith<T>(schema: z.ZodType<T>, input: unknown): Parsed<T> {
  const r = schema.safeParse(input, { error: zh })
  if (r.success) return { ok: true, value: r.data }
  return {
    ok: false,
    issues: r.error.issues.map((i) => ({ path: pathText(i.path), message: i.message }))
  }
}

export function parseFacts(input: unknown): Parsed<Facts> {
  return parseWith(factsSchema, input)
}

export function parseCataloguePackage(input: unknown): Parsed<CataloguePackage> {
  return parseWith(cataloguePackageSchema, input)
}

export function parseUnitConfig(input: unknown): Parsed<UnitConfig> {
  return parseWith(unitConfigSchema, input)
}
