// UI strings of public-service (issue 6), Simplified Chinese: the source of the keys.
export const publicServiceZh = {
  'nav.publicService': '公益减罚'
}
