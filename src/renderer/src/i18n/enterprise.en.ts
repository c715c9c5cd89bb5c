import type { enterpriseZh } from './enterprise.zh'

// UI strings of enterprise (issue 6), English.
export const enterpriseEn: Record<keyof typeof enterpriseZh, string> = {
  'nav.enterprise': 'Enterprise supervision'
}
