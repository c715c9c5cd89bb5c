// The shape of one year of the working-day calendar (resources/calendars/<year>.yaml). The schema
// checks shape only; calendar-check.ts checks content (dates in the year, duplicates, weekends) and
// reports a missing citation in Chinese, which is why the source fields are optional here.
import { z } from 'zod'
import { isoDate } from '../discretion/schema-primitives'

export const calendarSourceSchema = z.object({
  /** 国务院办公厅关于YYYY年部分节假日安排的通知 */
  title: z.string().optional(),
  /** 文号, e.g. 国办发明电〔2023〕7号 */
  documentNumber: z.string().optional(),
  /** The notice's date. */
  issued: isoDate.optional(),
  checkedAgainst: z.string().optional(),
  note: z.string().optional()
})

export const holidayRangeSchema = z.object({
  name: z.string().min(1, '节日名称不能为空'),
  from: isoDate,
  to: isoDate,
  /** 共N天 as the notice says; checked against the range when given. */
  days: z.number().int().positive().optional(),
  /** The notice's own words for this holiday. */
  text: z.string().optional()
})

export const makeUpWorkdaySchema = z.object({
  date: isoDate,
  /** The holiday this 补班 day makes up for. */
  for: z.string().min(1, '调休上班日应注明对应的节日')
})

export const calendarFileSchema = z.strictObject({
  year: z.number().int().min(1900).max(2200),
  verified: z.boolean(),
  source: calendarSourceSchema.optional(),
  holidays: z.array(holidayRangeSchema),
  makeUpWorkdays: z.array(makeUpWorkdaySchema).default([])
})

export type CalendarFile = z.infer<typeof calendarFileSchema>
