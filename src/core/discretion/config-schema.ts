// Unit configuration (one enforcement body): values the APL leaves to other rules or to local
// practice. Each value carries its source so that the trace can cite it.
import { z } from 'zod'
import { SYSTEMS } from './catalogue-schema'
import { fen } from './schema-primitives'
import { reviewConfigSchema } from '../review/config-schema'
import { DEFAULT_FLEXIBLE_CONFIG, flexibleConfigSchema } from '../flexible/config-schema'

const byParty = z.object({ person: fen, organisation: fen })

export const unitConfigSchema = z.object({
  unit: z.string(),
  rounding: z.object({
    /** Round proposed ranges inward to the first step that leaves them non-empty, largest first. */
    stepsFen: z.array(z.number().int().positive()).min(1),
    source: z.string()
  }),
  hearing: z.object({
    /** APL Art. 63 ¶1 (1)(2) 较大数额: thresholds are set outside the APL, per system. */
    thresholds: z.array(
      z.object({
        system: z.enum(SYSTEMS),
        fineFen: byParty,
        confiscationFen: byParty,
        source: z.string(),
        verified: z.boolean()
      })
    )
  }),
  lookBack: z.object({
    /** The server counts prior violations of the same item within this window. */
    months: z.number().int().positive(),
    repeatIsAggravating: z.boolean(),
    source: z.string()
  }),
  legalReview: z.object({
    /** APL Art. 58 ¶1 (4) lets other rules add cases; some units review every ordinary case. */
    alwaysForOrdinary: z.boolean(),
    source: z.string()
  }),
  /** Working days after the notice for statements (陈述、申辩); the APL sets none, the market-regulation
   * procedure rules do (unverified). Defaults to 5 when the file omits it. */
  statements: z
    .object({ workingDays: z.number().int().min(1).max(30), source: z.string() })
    .default({
      workingDays: 5,
      source:
        '《市场监督管理行政处罚程序规定》：告知后五个工作日内提出陈述、申辩（domain.md §1.1，未核实）'
    }),
  /** Thresholds of the consistency review (src/core/review/config.ts); omitted keys keep their
   * defaults, each with its source. */
  review: reviewConfigSchema.prefault({}),
  /** Public-service catalogue, repeat-inspection window and clue deadline (src/core/flexible). */
  flexible: flexibleConfigSchema.default(DEFAULT_FLEXIBLE_CONFIG),
  /** Counting choices of the statistics (src/core/statistics) that the templates leave open. */
  statistics: z
    .object({
      includeRevoked: z.boolean(),
      /** Year-on-year rise of 罚没金额 that is flagged (per mille): MoJ uses +20 % (domain.md §6). */
      revenueWarningPermille: z.number().int().min(0).max(100_000),
      source: z.string()
    })
    .default({
      includeRevoked: true,
      revenueWarningPermille: 200,
      source:
        '被撤销的决定仍计入作出决定的年度（部分年报模板如此，domain.md §7.1，未核实）；罚没收入同比增长超过20%预警（司法部，domain.md §6）'
    }),
  collectiveDiscussion: z.object({
    forMitigated: z.boolean(),
    forDeviation: z.boolean(),
    forHearingCases: z.boolean(),
    source: z.string()
  })
})
export type UnitConfig = z.infer<typeof unitConfigSchema>
export type UnitConfigInput = z.input<typeof unitConfigSchema>
