import type { flexibleZh } from './flexible.zh'

// UI strings of flexible (issue 6), English.
export const flexibleEn: Record<keyof typeof flexibleZh, string> = {
  'nav.flexible': 'Flexible enforcement'
}
