import type { publicServiceZh } from './public-service.zh'

// UI strings of public-service (issue 6), English.
export const publicServiceEn: Record<keyof typeof publicServiceZh, string> = {
  'nav.publicService': 'Public service'
}
