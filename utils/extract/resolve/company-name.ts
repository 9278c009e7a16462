// The name a claim gives a company the gazetteer knows. The labelling rules keep one name per
// organisation in a file, the article's own: "Advanced Micro Devices" where the story first
// writes that alias, not the gazetteer's "AMD"; the gazetteer's name with a legal tail ("Meta
// Platforms Inc") is the gazetteer's name ("Meta"). The matcher folds every spelling into one key either way
// (match/subject.ts). And a company whose parent reports its results as its own (Google and
// Alphabet) takes the parent's name in a story that names the parent too.

import { companyKey, companyRow, type CompanyRow } from '../../vocab/companies';

export class CompanyNames {
  /** Canonical name → the article's first spelling of it (a name or alias, never a ticker). */
  private readonly spelling = new Map<string, string>();
  /** Canonical names of the companies the article has named so far. */
  private readonly named = new Set<string>();

  /** A name of the article, in reading order. */
  mention(name: string): void {
    const row = companyRow(name);
    if (!row) return;
    this.named.add(row.name);
    if (this.spelling.has(row.name)) return;
    const key = companyKey(name);
    // The gazetteer's name with a legal tail ("Meta Platforms Inc") is the gazetteer's name.
    if (key === companyKey(row.name)) this.spelling.set(row.name, row.name);
    // A segment's or subsidiary's gazetteer name carries its company ("Microsoft Intelligent
    // Cloud"), which tells a reader whose it is: only a company's own aliases are the article's.
    else if (row.parent === null && row.aliases.some((n) => companyKey(n) === key))
      this.spelling.set(row.name, name.replace(/['’]s$/, ''));
  }

  /** What a claim about the gazetteer's company `canonical` calls it. */
  subjectName(canonical: string): string {
    let name = canonical;
    for (let row: CompanyRow | null = companyRow(canonical); row?.foldsIntoParent && row.parent;) {
      if (!this.named.has(row.parent)) break;
      name = row.parent;
      row = companyRow(row.parent);
    }
    return this.spelling.get(name) ?? name;
  }
}
