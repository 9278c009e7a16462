// Whether a page is large enough for its rendering to dominate our work on it. On such a page
// every change that moves text costs the browser a restyle or relayout of the whole document,
// whatever our own script costs: the annotator then highlights without a document-wide rule and
// inserts badges in fewer, fuller frames.

/**
 * Above this many elements a document is large. A `::highlight()` rule matches every element,
 * so adding one restyles the whole document: 5.6 s on a page of 1,000,000 nodes (338,000
 * elements), about 17 µs per element under load (issue 13.4); 20,000 elements stay near 100 ms
 * when idle, and news pages have a few thousand.
 */
export const LARGE_DOCUMENT_ELEMENTS = 20_000;

/** More elements than LARGE_DOCUMENT_ELEMENTS? Counted up to it only, so a huge page costs no more. */
export function isLargeDocument(doc: Document): boolean {
  const walker = doc.createTreeWalker(doc, 1 /* NodeFilter.SHOW_ELEMENT */);
  let count = 0;
  while (walker.nextNode()) if (++count > LARGE_DOCUMENT_ELEMENTS) return true;
  return false;
}
