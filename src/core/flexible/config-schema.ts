// Unit configuration of flexible enforcement and enterprise supervision (issue 6). Every value is a
// local choice with its source: no national rule sets a public-service conversion rate, and the
// repeat-inspection window is the unit's own (domain.md §5–6).
import { z } from 'zod'
import { citationSchema, fen } from '../discretion/schema-primitives'
import { SERVICE_MEASURES } from './vocabulary'

/** One public-interest service a party may volunteer for, and how it reduces the proposed fine. */
export const publicServiceItemSchema = z.strictObject({
  code: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/),
  name: z.string().min(1).max(100),
  measure: z.enum(SERVICE_MEASURES),
  /** Fen of the proposed fine offset per completed hour or point. */
  fenPerUnit: fen,
  /** The offset never exceeds this share of the proposed fine's upper bound (whole percent). */
  capPercent: z.number().int().min(1).max(100),
  /** The documented basis of this service and its rate (a local rule or the unit's decision). */
  basis: citationSchema,
  verified: z.boolean()
})
export type PublicServiceItem = z.infer<typeof publicServiceItemSchema>

export const flexibleConfigSchema = z.strictObject({
  publicService: z
    .strictObject({
      /** The legal ground the reduction is recorded under in the decision. */
      ground: citationSchema,
      services: z.array(publicServiceItemSchema).max(2000)
    })
    .superRefine((v, ctx) => {
      const seen = new Set<string>()
      v.services.forEach((s, i) => {
        if (seen.has(s.code)) {
          ctx.addIssue({
            code: 'custom',
            path: ['services', i, 'code'],
            message: `重复的编码 ${s.code}`
          })
        }
        seen.add(s.code)
      })
    }),
  inspections: z.strictObject({
    /** Two inspections of one enterprise within this many days are flagged as repeated (乱检查). */
    repeatWindowDays: z.number().int().min(1).max(366),
    source: z.string()
  }),
  clues: z.strictObject({
    /** Days from registration to the handling deadline when the registrar sets none. */
    defaultDeadlineDays: z.number().int().min(1).max(365),
    source: z.string()
  })
})
export type FlexibleConfig = z.infer<typeof flexibleConfigSchema>

/** Used when unit-config.yaml has no `flexible` section: no public services (the unit must publish its
 * own catalogue), a 30-day repeat window and 15-day clue deadline (design choices, unverified). */
export const DEFAULT_FLEXIBLE_CONFIG: FlexibleConfig = {
  publicService: {
    ground: {
      law: '中华人民共和国行政处罚法',
      article: '第三十二条第（一）项',
      version: '2021-01-22',
      note: '公益减罚无APL明文规定；以“主动消除或者减轻违法行为危害后果”为依托，仍须符合第三十二条、第三十三条的要件（domain.md §5，未核实）'
    },
    services: []
  },
  inspections: {
    repeatWindowDays: 30,
    source: '设计选择：同一企业30日内再次入企检查提示“重复检查”（未核实，可按本单位规定配置）'
  },
  clues: {
    defaultDeadlineDays: 15,
    source: '设计选择：涉企问题线索转办后15日内办结（未核实，可按本单位规定配置）'
  }
}
