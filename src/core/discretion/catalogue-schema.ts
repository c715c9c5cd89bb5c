// The shape of one benchmark package (裁量基准, one YAML file in resources/benchmarks/). The schema
// checks shape and types only; checkCatalogue checks content (ranges, dates, citations).
import { z } from 'zod'
import { BASE_KINDS, SANCTION_TYPES } from './vocabulary'
import { citationSchema, fen, isoDate } from './schema-primitives'

const band = z.tuple([z.number().min(0), z.number().min(0)])

/** Explicit per-level bands: fen for amount rules, multiples for multipleOfBase, fen per unit for
 * perUnit. MITIGATED may be given; otherwise it is "below the statutory minimum". */
export const bandsSchema = z.object({
  MITIGATED: band.optional(),
  LIGHTER: band,
  NORMAL: band,
  HEAVIER: band
})
export type Bands = z.infer<typeof bandsSchema>

/** A level profile: fractions of the statutory span (R30, MAXONLY, MULT_R30 in domain.md §10). */
export const profileSchema = z.object({
  kind: z.enum(['rangeFraction', 'maxFraction', 'multipleFraction']),
  basis: citationSchema,
  LIGHTER: band,
  NORMAL: band,
  HEAVIER: band
})
export type Profile = z.infer<typeof profileSchema>

const levelSource = { profile: z.string().optional(), bands: bandsSchema.optional() }

const fixedRange = z.object({
  kind: z.literal('fixedRange'),
  minFen: fen,
  maxFen: fen,
  ...levelSource
})
const maxOnly = z.object({ kind: z.literal('maxOnly'), maxFen: fen, ...levelSource })
const multipleOfBase = z.object({
  kind: z.literal('multipleOfBase'),
  base: z.enum(BASE_KINDS),
  multipleMin: z.number().min(0),
  multipleMax: z.number().min(0),
  ...levelSource,
  /** e.g. 广告法 Art. 55: 广告费用无法计算或者明显偏低的 → a fixed range instead. */
  fallback: z.object({ when: z.string(), minFen: fen, maxFen: fen, ...levelSource }).optional()
})
const perUnit = z.object({
  kind: z.literal('perUnit'),
  unitName: z.string(),
  perUnitMinFen: fen,
  perUnitMaxFen: fen,
  ...levelSource
})
const noFine = z.object({ kind: z.literal('none') })

export const leafRuleSchema = z.discriminatedUnion('kind', [
  fixedRange,
  maxOnly,
  multipleOfBase,
  perUnit,
  noFine
])
export type LeafRule = z.infer<typeof leafRuleSchema>

export const sanctionSpecSchema = z.object({
  type: z.enum(SANCTION_TYPES),
  /** mandatory 应当/并处; optional 可以并处; conditional only when `when` holds;
   * alternative 选处 (e.g. 警告或者罚款). */
  mode: z.enum(['mandatory', 'optional', 'conditional', 'alternative']),
  when: z.enum(['hasIllegalGains']).optional(),
  text: z.string()
})
export type SanctionSpec = z.infer<typeof sanctionSpecSchema>

export const triggerSchema = z.enum(['seriousCircumstances', 'refusedToCorrect'])
export type Trigger = z.infer<typeof triggerSchema>

/** A statutory branch that applies on 情节严重 or 拒不改正/逾期未改正: a new range and/or types. */
export const aggravatedSchema = z.object({
  trigger: triggerSchema,
  label: z.string(),
  rule: leafRuleSchema.optional(),
  addTypes: z.array(sanctionSpecSchema).default([])
})
export type Aggravated = z.infer<typeof aggravatedSchema>

/** Bounds on a base amount in fen; several may be combined. Statutes say 不足/超过 (exclusive) and
 * 以上/以下 (inclusive), so both kinds are expressible. */
export const baseBoundsSchema = z.object({
  gtFen: fen.optional(),
  gteFen: fen.optional(),
  ltFen: fen.optional(),
  lteFen: fen.optional()
})
export type BaseBounds = z.infer<typeof baseBoundsSchema>

export const tieredSchema = z.object({
  kind: z.literal('tieredByBase'),
  base: z.enum(BASE_KINDS),
  branches: z.array(
    z.object({
      label: z.string(),
      when: baseBoundsSchema,
      rule: leafRuleSchema,
      aggravated: z.array(aggravatedSchema).default([]),
      note: z.string().optional()
    })
  )
})
export type TieredRule = z.infer<typeof tieredSchema>

export const fineRuleSchema = z.union([leafRuleSchema, tieredSchema])
export type FineRule = z.infer<typeof fineRuleSchema>

export const statuteSchema = z.object({
  law: z.string().default(''),
  /** The text's date, as in the citation. */
  version: z.union([isoDate, z.literal('')]).default(''),
  inForceFrom: isoDate,
  inForceTo: isoDate.nullable().default(null),
  note: z.string().optional()
})
export type Statute = z.infer<typeof statuteSchema>

/** Sector rules that exempt or mitigate (e.g. 食品安全法 Art. 136, 产品质量法 Art. 55). */
export const sectorGroundSchema = z.object({
  code: z.string(),
  effect: z.enum(['shallExempt', 'mayExempt', 'shallLighterOrMitigate', 'mayLighterOrMitigate']),
  text: z.string(),
  citation: citationSchema,
  /** For grounds in a later instrument: applies when in force at the decision (it only favours the
   * party, so APL Art. 37 lets it reach earlier acts). */
  inForceFrom: isoDate.optional(),
  /** Types still imposed when the ground exempts (食品安全法 Art. 136: the food is confiscated). */
  keepTypes: z.array(sanctionSpecSchema).default([])
})
export type SectorGround = z.infer<typeof sectorGroundSchema>

const commonVersion = {
  statute: statuteSchema,
  violatedProvision: citationSchema,
  note: z.string().optional()
}

const penaltyVersion = z.object({
  kind: z.literal('penalty'),
  ...commonVersion,
  penaltyProvision: citationSchema,
  sanctions: z.array(sanctionSpecSchema),
  /** Before this condition only `beforeMet` applies (e.g. 责令改正; 警告). */
  precondition: z
    .object({
      kind: triggerSchema,
      text: z.string(),
      beforeMet: z.array(sanctionSpecSchema)
    })
    .nullable()
    .default(null),
  fine: fineRuleSchema,
  aggravated: z.array(aggravatedSchema).default([]),
  sectorGrounds: z.array(sectorGroundSchema).default([]),
  /** APL Art. 33 ¶2 yields where a law or administrative regulation provides otherwise. */
  noFaultOtherwise: citationSchema.nullable().default(null)
})

/** The version no longer penalises the act (APL Art. 37: 不认为是违法 / no penalty provision). */
const notPunishableVersion = z.object({
  kind: z.literal('notPunishable'),
  ...commonVersion,
  reason: citationSchema
})

/** Not an administrative penalty under APL Art. 9 (e.g. 列入经营异常名录). */
const measureVersion = z.object({
  kind: z.literal('nonPenaltyMeasure'),
  ...commonVersion,
  measureProvision: citationSchema,
  sanctions: z.array(sanctionSpecSchema)
})

export const itemVersionSchema = z.discriminatedUnion('kind', [
  penaltyVersion,
  notPunishableVersion,
  measureVersion
])
export type ItemVersion = z.infer<typeof itemVersionSchema>
export type PenaltyVersion = z.infer<typeof penaltyVersion>

export const listReferenceSchema = z.object({
  id: z.string(),
  name: z.string(),
  itemNo: z.string().optional(),
  /** minor: 轻微不罚 list (shall); firstViolation: 首违不罚 list (may). */
  kind: z.enum(['minor', 'firstViolation']),
  validFrom: isoDate.optional(),
  validTo: isoDate.optional(),
  conditions: z.array(z.string()).default([]),
  source: z.string(),
  verified: z.boolean().default(false)
})
export type ListReference = z.infer<typeof listReferenceSchema>

export const catalogueItemSchema = z.object({
  code: z.string().min(1),
  name: z.string().min(1),
  domain: z.string(),
  /** Appears on, or is typical of, published 首违不罚 lists; APL Art. 33 applies to every item. */
  firstViolationEligible: z.boolean().default(false),
  listReferences: z.array(listReferenceSchema).default([]),
  versions: z.array(itemVersionSchema).min(1),
  notes: z.string().optional()
})
export type CatalogueItem = z.infer<typeof catalogueItemSchema>

export const SYSTEMS = ['marketRegulation', 'transport', 'workSafety'] as const
export type System = (typeof SYSTEMS)[number]

export const cataloguePackageSchema = z.object({
  schemaVersion: z.literal(1),
  id: z.string().min(1),
  title: z.string(),
  issuer: z.string(),
  documentNumber: z.string().default(''),
  system: z.enum(SYSTEMS),
  effectiveFrom: isoDate,
  effectiveTo: isoDate.nullable().default(null),
  supersedes: z.string().nullable().default(null),
  status: z.enum(['published', 'draft']),
  notes: z.string().optional(),
  /** Source of the 从重 circumstances the benchmark recognises (domain.md §3.2). */
  aggravatingBasis: citationSchema,
  profiles: z.record(z.string(), profileSchema).default({}),
  items: z.array(catalogueItemSchema)
})
export type CataloguePackage = z.infer<typeof cataloguePackageSchema>
export type CataloguePackageInput = z.input<typeof cataloguePackageSchema>
