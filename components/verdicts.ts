// Words for verdicts and claim kinds, shared by the popup's counts, filter and list.
import type { ClaimKind, Verdict } from '../utils/claim';

export const VERDICT_LABEL: Record<Verdict, string> = {
  corroborated: 'Corroborated',
  'single-sourced': 'Single-sourced',
  unverifiable: 'Unverifiable',
};

export const KIND_LABEL: Record<ClaimKind, { one: string; many: string }> = {
  statistic: { one: 'statistic', many: 'statistics' },
  source: { one: 'named source', many: 'named sources' },
};

/** "1 claim", "3 claims". */
export function plural(n: number, one: string, many: string = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}
