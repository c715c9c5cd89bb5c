/** Word lists are space-separated strings: compact to read, and stable under the formatter. */
export function words(list: string): readonly string[] {
  return list.split(' ')
}
