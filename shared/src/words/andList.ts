/** A list in plain English: "", "Ada", "Ada and Ben", "Ada, Ben and Cara". */
export function andList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}
