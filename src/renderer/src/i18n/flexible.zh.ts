// UI strings of flexible (issue 6), Simplified Chinese: the source of the keys.
export const flexibleZh = {
  'nav.flexible': '柔性执法'
}
