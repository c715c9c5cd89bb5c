// zod building blocks shared by the catalogue, configuration and facts schemas. Core may not import
// shared/, so the date rule is restated here on top of core/text/calendar-date.
import { z } from 'zod'
import { isCalendarDate } from '../text/calendar-date'

export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/

export const isoDate = z
  .string()
  .regex(DATE_PATTERN, '日期格式应为 YYYY-MM-DD')
  .refine(isCalendarDate, '不是有效的日历日期')

/** Integer fen (分), never negative. */
export const fen = z.number().int('金额必须是整数（单位：分）').min(0).max(Number.MAX_SAFE_INTEGER)

/** Citations may be left empty by the schema so that checkCatalogue can report them in Chinese. */
export const citationSchema = z.object({
  law: z.string().default(''),
  article: z.string().default(''),
  version: z.union([isoDate, z.literal('')]).default(''),
  note: z.string().optional()
})
