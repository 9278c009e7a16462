// Pages of a citation search, fetched on demand as a virtualised list scrolls: the background
// is asked for `limit` records at `offset`, pages are cached (a bounded number of them) and a
// page is never requested twice at once. A new query, sort or refresh starts over.
import { useEffect, useRef, useState } from 'preact/hooks';
import { errorText, type OptionsApi } from './options-api';
import type { CitationRecord } from '../utils/citations/record';
import type { SearchQuery, SearchSort } from '../utils/store/citation-store';

export const PAGE_SIZE = 100;
/** Pages kept in memory; the farthest from the latest request is dropped first. */
const MAX_PAGES = 24;
/** Waits for scrolling to settle before asking the background for rows. */
export const FETCH_DELAY_MS = 60;

export interface CitationPages {
  /** Matches of the query; null until the first page arrives. */
  total: number | null;
  error: string;
  /** The record at a row, or undefined while its page loads. */
  row: (index: number) => CitationRecord | undefined;
  /** Rows `first`…`last` (inclusive) are on screen: fetch their pages. */
  ensure: (first: number, last: number) => void;
}

export function useCitationPages(
  search: OptionsApi['searchCitations'],
  query: SearchQuery,
  sort: SearchSort,
  /** Any change reloads the pages on screen (after a write). */
  refreshKey: string | number,
  pageSize: number = PAGE_SIZE,
): CitationPages {
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState('');
  const [, setVersion] = useState(0);
  const pages = useRef(new Map<number, CitationRecord[]>());
  const loading = useRef(new Set<number>());
  const generation = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const wanted = useRef<[number, number]>([0, 0]);
  const args = useRef({ query, sort });
  args.current = { query, sort };

  const load = async (page: number) => {
    const run = generation.current;
    loading.current.add(page);
    try {
      const result = await search(args.current.query, {
        offset: page * pageSize,
        limit: pageSize,
        sort: args.current.sort,
      });
      if (run !== generation.current) return;
      pages.current.set(page, result.records);
      evict(page);
      setTotal(result.total);
      setError('');
      setVersion((v) => v + 1);
    } catch (caught) {
      if (run === generation.current) setError(errorText(caught));
    } finally {
      if (run === generation.current) loading.current.delete(page);
    }
  };

  const evict = (near: number) => {
    if (pages.current.size <= MAX_PAGES) return;
    const far = [...pages.current.keys()].sort((a, b) => Math.abs(b - near) - Math.abs(a - near));
    for (const page of far.slice(0, pages.current.size - MAX_PAGES)) pages.current.delete(page);
  };

  const fetchWanted = () => {
    timer.current = null;
    const [first, last] = wanted.current;
    for (let page = Math.floor(first / pageSize); page <= Math.floor(last / pageSize); page++) {
      if (!pages.current.has(page) && !loading.current.has(page)) void load(page);
    }
  };

  const key = JSON.stringify([query, sort, refreshKey]);
  useEffect(() => {
    generation.current++;
    pages.current.clear();
    loading.current.clear();
    setError('');
    // Page 0 gives the new total; the rows on screen (kept across a refresh) follow.
    void load(0);
    fetchWanted();
    return () => {
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = null;
    };
  }, [key]);

  return {
    total,
    error,
    row: (index) => pages.current.get(Math.floor(index / pageSize))?.[index % pageSize],
    ensure: (first, last) => {
      wanted.current = [Math.max(0, first), Math.max(0, last)];
      if (timer.current === null) timer.current = setTimeout(fetchWanted, FETCH_DELAY_MS);
    },
  };
}
