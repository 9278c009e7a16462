// The one-line reasons shown on cards and in exports. Kept apart from the matching rules so the
// wording can change without touching them.

/** "CNBC", "CNBC and Reuters", "CNBC, Reuters, AP and 2 more". */
export function listNames(names: readonly string[], shown = 3): string {
  if (names.length <= 1) return names[0] ?? '';
  if (names.length <= shown)
    return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
  return `${names.slice(0, shown).join(', ')} and ${names.length - shown} more`;
}
