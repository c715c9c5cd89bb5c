// Validation of a unit's review configuration (e.g. a YAML file beside unit-config.yaml). Every part
// is optional: what the unit leaves out keeps the default of config.ts, and a profile it adds joins
// the default profiles. Each value it sets must say where it comes from.
import { z } from 'zod'
import type { ParseIssue, Parsed } from '../discretion/parse'
import {
  DEFAULT_REVIEW_CONFIG as D,
  PARTY_SCOPES,
  PEER_MEASURES,
  type LevelFractions,
  type ReviewConfig,
  type Sourced
} from './config'

function sourced<T extends z.ZodType>(value: T, fallback: Sourced<z.output<T>>) {
  return z.object({ value, source: z.string().min(1), verified: z.boolean() }).default(fallback)
}

const fraction = z.number().min(0).max(1)
const band = z
  .tuple([fraction, fraction])
  .refine(([a, b]) => a <= b, { message: '区间下限不得大于上限' })
const fractions = z.object({ LIGHTER: band, NORMAL: band, HEAVIER: band })
const positive = z.number().positive()
const count = z.number().int().min(1)

const profiles = z
  .record(
    z.string().min(1),
    z.object({ value: fractions, source: z.string().min(1), verified: z.boolean() })
  )
  .optional()
  .transform((r) => ({ ...D.position.profiles, ...r }))

export const reviewConfigSchema = z.object({
  position: z
    .object({
      profiles,
      defaultProfile: sourced(z.string().min(1), D.position.defaultProfile),
      topOfRange: sourced(fraction, D.position.topOfRange)
    })
    .prefault({})
    .refine((p) => p.defaultProfile.value in p.profiles, {
      message: '默认裁量方案不在已配置的方案中',
      path: ['defaultProfile']
    }),
  disproportion: z
    .object({
      ratioAbove: sourced(positive, D.disproportion.ratioAbove),
      baseFloorFen: sourced(z.number().int().min(1), D.disproportion.baseFloorFen),
      partyScope: sourced(z.enum(PARTY_SCOPES), D.disproportion.partyScope)
    })
    .prefault({}),
  peer: z
    .object({
      windowMonths: sourced(count, D.peer.windowMonths),
      positionDeviationAbove: sourced(fraction, D.peer.positionDeviationAbove),
      cvAbove: sourced(positive, D.peer.cvAbove),
      measures: sourced(z.array(z.enum(PEER_MEASURES)).readonly(), D.peer.measures),
      minPeers: sourced(count, D.peer.minPeers),
      minPeersForDispersion: sourced(z.number().int().min(2), D.peer.minPeersForDispersion)
    })
    .prefault({}),
  decision: z
    .object({
      days: sourced(count, D.decision.days),
      extensionDays: sourced(z.number().int().min(0), D.decision.extensionDays)
    })
    .prefault({}),
  seizure: z
    .object({
      days: sourced(count, D.seizure.days),
      extensionDays: sourced(z.number().int().min(0), D.seizure.extensionDays)
    })
    .prefault({}),
  revenue: z
    .object({ growthAbove: sourced(z.number().min(0), D.revenue.growthAbove) })
    .prefault({}),
  report: z
    .object({
      fineBuckets: sourced(count, D.report.fineBuckets),
      fenceK: sourced(positive, D.report.fenceK),
      minGroupForFences: sourced(count, D.report.minGroupForFences)
    })
    .prefault({})
})

// The schema's output must be a ReviewConfig; this fails to compile if the two drift apart.
type Output = z.output<typeof reviewConfigSchema>
const _fits: (o: Output) => ReviewConfig = (o) => o
const _fractions: (o: Output['position']['profiles'][string]['value']) => LevelFractions = (o) => o

const zh = z.locales.zhCN().localeError

function pathText(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.') || '(根)'
}

export function parseReviewConfig(input: unknown): Parsed<ReviewConfig> {
  const r = reviewConfigSchema.safeParse(input ?? {}, { error: zh })
  if (r.success) return { ok: true, value: r.data }
  const issues: ParseIssue[] = r.error.issues.map((i) => ({
    path: pathText(i.path),
    message: i.message
  }))
  return { ok: false, issues }
}
