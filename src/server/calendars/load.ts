// Reads the working-day calendar (resources/calendars/<year>.yaml) from disk. Parsing, validation
// and the content checks are core's (src/core/clocks/calendar-check.ts); this file only does I/O.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  loadCalendarTexts,
  type CalendarLoad,
  type CalendarText
} from '../../core/clocks/calendar-check'

export type { CalendarLoad }

/** The calendar folder inside the shipped resources folder (see ../resources.ts). */
export function calendarsDir(resourcesDir: string): string {
  return join(resourcesDir, 'calendars')
}

/** Year files are named <year>.yaml; README.md and anything else in the folder is ignored. */
export function calendarFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && /^\d{4}\.ya?ml$/.test(e.name))
    .map((e) => e.name)
    .sort()
}

/** Load every year file of `dir`: the calendar, or every problem found, in Chinese. */
export function loadCalendarDir(dir: string): CalendarLoad {
  let texts: CalendarText[]
  try {
    texts = calendarFiles(dir).map((name) => ({
      source: name,
      text: readFileSync(join(dir, name), 'utf8')
    }))
  } catch (e) {
    const message = `无法读取节假日安排目录：${(e as Error).message}`
    return { ok: false, problems: [{ code: 'READ', message, source: dir, path: '(目录)' }] }
  }
  return loadCalendarTexts(texts)
}
