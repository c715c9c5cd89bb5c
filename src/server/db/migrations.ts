// The ordered list of migrations, bundled as strings by Vite (`?raw`). Append only; a test checks that
// every file in db/migrations is listed here, in order.
import m0010 from '../../../db/migrations/0010_foundation.sql?raw'
import m0020 from '../../../db/migrations/0020_discretion.sql?raw'
import m0030 from '../../../db/migrations/0030_decision_clock.sql?raw'
import m0040 from '../../../db/migrations/0040_lifecycle.sql?raw'
import m0050 from '../../../db/migrations/0050_review.sql?raw'
import m0060 from '../../../db/migrations/0060_flexible.sql?raw'
import m0070 from '../../../db/migrations/0070_statistics.sql?raw'
import m0080 from '../../../db/migrations/0080_exchange.sql?raw'
import m0090 from '../../../db/migrations/0090_period_close.sql?raw'
import m0100 from '../../../db/migrations/0100_short_search.sql?raw'
import m0110 from '../../../db/migrations/0110_case_tally.sql?raw'

export type Migration = { version: number; name: string; sql: string }

export const MIGRATIONS: readonly Migration[] = [
  { version: 10, name: '0010_foundation', sql: m0010 },
  { version: 20, name: '0020_discretion', sql: m0020 },
  { version: 30, name: '0030_decision_clock', sql: m0030 },
  { version: 40, name: '0040_lifecycle', sql: m0040 },
  { version: 50, name: '0050_review', sql: m0050 },
  { version: 60, name: '0060_flexible', sql: m0060 },
  { version: 70, name: '0070_statistics', sql: m0070 },
  { version: 80, name: '0080_exchange', sql: m0080 },
  { version: 90, name: '0090_period_close', sql: m0090 },
  { version: 100, name: '0100_short_search', sql: m0100 },
  { version: 110, name: '0110_case_tally', sql: m0110 }
]
