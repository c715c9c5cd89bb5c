// UI strings of enterprise (issue 6), Simplified Chinese: the source of the keys.
export const enterpriseZh = {
  'nav.enterprise': '涉企监督'
}
