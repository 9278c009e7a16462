// A virtualised table of citations: a fixed-row-height scroller that renders only the rows in
// view (plus a few either side), so 100,000 matches cost the same as 20. Rows come from `row(i)`;
// `ensure(first, last)` is told which rows are on screen so their pages can be fetched.
import { useEffect, useRef, useState } from 'preact/hooks';
import { ConfirmButton } from './ConfirmButton';
import type { CitationRecord } from '../utils/citations/record';
import { formatValue } from '../utils/format-value';

export const ROW_HEIGHT = 44;
export const VIEWPORT_HEIGHT = 440;
const OVERSCAN = 4;

const ORIGIN_LABEL: Record<CitationRecord['origin'], string> = {
  user: 'Mine',
  starter: 'Starter pack',
  learned: 'Learned',
};

/** "15%", "$1,200,000", "400", "6.3 minutes". */
export function formatFigure(record: Pick<CitationRecord, 'value' | 'unit'>): string {
  return record.value === null ? '' : formatValue(record.value, record.unit ?? 'count');
}

export interface CitationTableProps {
  total: number;
  row: (index: number) => CitationRecord | undefined;
  ensure: (first: number, last: number) => void;
  /** Changes when the rows mean something new (another search): scrolls back to the top. */
  resetKey: string;
  onEdit: (record: CitationRecord) => void;
  onDelete: (record: CitationRecord) => Promise<void>;
  rowHeight?: number;
  height?: number;
}

export function CitationTable({
  total,
  row,
  ensure,
  resetKey,
  onEdit,
  onDelete,
  rowHeight = ROW_HEIGHT,
  height = VIEWPORT_HEIGHT,
}: CitationTableProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);

  const shownKey = useRef(resetKey);
  useEffect(() => {
    if (shownKey.current === resetKey) return;
    shownKey.current = resetKey;
    if (scroller.current) scroller.current.scrollTop = 0;
    setScrollTop(0);
  }, [resetKey]);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(total - 1, Math.ceil((scrollTop + height) / rowHeight) + OVERSCAN);
  useEffect(() => {
    if (total > 0) ensure(first, last);
  }, [first, last, total]);

  const rows = [];
  for (let index = first; index <= last; index++) {
    const record = row(index);
    rows.push(
      <div
        key={record?.id ?? `loading-${index}`}
        role="row"
        aria-rowindex={index + 2}
        class={`row ${index % 2 ? 'odd' : 'even'}`}
        data-testid="citation-row"
        style={{ top: `${index * rowHeight}px`, height: `${rowHeight}px` }}
      >
        {record ? (
          <>
            <span role="cell" class="publisher" title={record.publisher}>
              {record.publisher}
            </span>
            <span role="cell" class="claim" title={record.claim}>
              {record.url ? (
                <a href={record.url} target="_blank" rel="noopener noreferrer">
                  {record.claim}
                </a>
              ) : (
                record.claim
              )}
            </span>
            <span role="cell" class="subject" title={record.subject ?? ''}>
              {record.subject ?? ''}
            </span>
            <span role="cell" class="figure">
              {formatFigure(record)}
            </span>
            <span role="cell" class="published">
              {record.published ?? ''}
            </span>
            <span role="cell" class="origin">
              {ORIGIN_LABEL[record.origin]}
            </span>
            <span role="cell" class="actions">
              <button
                type="button"
                aria-label={`Edit citation from ${record.publisher}: ${record.claim}`}
                onClick={() => onEdit(record)}
              >
                Edit
              </button>{' '}
              <ConfirmButton
                label="Delete"
                ariaLabel={`Delete citation from ${record.publisher}: ${record.claim}`}
                prompt=""
                confirmLabel="Delete"
                cancelLabel="Keep"
                onConfirm={() => onDelete(record)}
              />
            </span>
          </>
        ) : (
          <span role="cell" class="loading">
            Loading…
          </span>
        )}
      </div>,
    );
  }

  return (
    <div
      class="citation-table"
      role="table"
      aria-label="Citations"
      aria-rowcount={total + 1}
      data-testid="citation-table"
    >
      <div role="rowgroup" class="head">
        <div role="row" aria-rowindex={1} class="row">
          <span role="columnheader">Publisher</span>
          <span role="columnheader">Claim</span>
          <span role="columnheader">Subject</span>
          <span role="columnheader">Figure</span>
          <span role="columnheader">Published</span>
          <span role="columnheader">Origin</span>
          <span role="columnheader">
            <span class="visually-hidden">Actions</span>
          </span>
        </div>
      </div>
      <div
        ref={scroller}
        role="rowgroup"
        class="scroller"
        tabIndex={0}
        aria-label={`Citation rows; scroll for more (${total.toLocaleString('en')} in all)`}
        style={{ height: `${height}px` }}
        onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      >
        <div class="spacer" style={{ height: `${total * rowHeight}px` }}>
          {rows}
        </div>
      </div>
    </div>
  );
}
