// Styles of the in-page UI. Badge and card styles live inside their shadow roots; the only
// stylesheet added to the page itself holds `::highlight()` rules (or, where the Custom Highlight
// API is missing, rules for our own `<corroborate-mark>` elements).
import type { Verdict } from '../../utils/claim';
import { MARK_ATTR, MARK_TAG, highlightName } from '../../utils/page/ui-names';

const PAINT: Record<Verdict, { bg: string; line: string; style: string }> = {
  corroborated: { bg: 'rgba(46, 160, 67, 0.16)', line: 'rgba(26, 127, 55, 0.9)', style: 'solid' },
  'single-sourced': {
    bg: 'rgba(212, 167, 44, 0.18)',
    line: 'rgba(154, 103, 0, 0.9)',
    style: 'solid',
  },
  unverifiable: { bg: 'rgba(130, 140, 150, 0.14)', line: 'rgba(110, 119, 129, 0.9)', style: 'dotted' },
};

const VERDICTS = Object.keys(PAINT) as Verdict[];

export function pageCss(mode: 'css' | 'marks'): string {
  if (mode === 'css') {
    return VERDICTS.map((v) => {
      const p = PAINT[v];
      return `::highlight(${highlightName(v)}){background-color:${p.bg};text-decoration:underline ${p.style} ${p.line};}`;
    }).join('\n');
  }
  return [
    ...VERDICTS.map((v) => {
      const p = PAINT[v];
      return `${MARK_TAG}[${MARK_ATTR}="${v}"]{all:unset;display:inline !important;background-color:${p.bg} !important;text-decoration:underline ${p.style} ${p.line} !important;color:inherit !important;font:inherit !important;}`;
    }),
    `html[data-corroborate-hidden] ${MARK_TAG}{background-color:transparent !important;text-decoration:none !important;}`,
  ].join('\n');
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

export const BADGE_CSS = `
:host {
  all: initial !important;
  display: inline-block !important;
  position: static !important;
  vertical-align: baseline !important;
  margin: 0 0 0 0.2em !important;
  padding: 0 !important;
  border: 0 !important;
  border-radius: 999px !important;
  line-height: 1 !important;
  cursor: pointer !important;
  outline: none !important;
  visibility: visible !important;
  opacity: 1 !important;
  transform: none !important;
  float: none !important;
  z-index: auto !important;
}
:host([hidden]) { display: none !important; }
:host(:focus-visible) { outline: 2px solid #0969da !important; outline-offset: 1px !important; }
.badge {
  display: inline-flex;
  align-items: center;
  gap: 0.25em;
  box-sizing: border-box;
  font: 600 11px/1.4 ${FONT};
  letter-spacing: 0;
  text-transform: none;
  padding: 0 0.45em;
  border: 1px solid transparent;
  border-radius: 999px;
  white-space: nowrap;
  user-select: none;
  -webkit-user-select: none;
  vertical-align: 0.1em;
}
.icon { font-weight: 700; }
.corroborated { background: #dafbe1; color: #0f5323; border-color: #4ac26b; }
.single-sourced { background: #fff8c5; color: #6c4400; border-color: #d4a72c; }
.unverifiable { background: #eaeef2; color: #32383f; border-color: #afb8c1; }
.warn { color: #953800; }
`;

export const CARD_CSS = `
:host {
  all: initial !important;
  position: fixed !important;
  inset: auto !important;
  left: var(--corroborate-x, 0px) !important;
  top: var(--corroborate-y, 0px) !important;
  z-index: 2147483647 !important;
  display: block !important;
  box-sizing: border-box !important;
  width: max-content !important;
  max-width: min(360px, calc(100vw - 16px)) !important;
  margin: 0 !important;
  padding: 0 !important;
  border: 0 !important;
  background: transparent !important;
  overflow: visible !important;
  visibility: visible !important;
  opacity: 1 !important;
  transform: none !important;
}
:host([hidden]) { display: none !important; }
:host([data-positioning]) { visibility: hidden !important; }
.card {
  box-sizing: border-box;
  font: 13px/1.45 ${FONT};
  text-align: left;
  background: #ffffff;
  color: #1f2328;
  border: 1px solid #d0d7de;
  border-top-width: 4px;
  border-radius: 8px;
  box-shadow: 0 8px 24px rgba(66, 74, 83, 0.2);
  padding: 8px 12px 10px;
  max-width: 100%;
  outline: none;
  animation: corroborate-in 120ms ease-out;
}
.card.dark {
  background: #161b22;
  color: #e6edf3;
  border-color: #3d444d;
  box-shadow: 0 8px 24px rgba(1, 4, 9, 0.75);
}
.v-corroborated { border-top-color: #2da44e; }
.v-single { border-top-color: #d4a72c; }
.v-unverifiable { border-top-color: #8c959f; }
.dark.v-corroborated { border-top-color: #3fb950; }
.dark.v-single { border-top-color: #d29922; }
.dark.v-unverifiable { border-top-color: #8b949e; }
.head { display: flex; align-items: center; gap: 6px; margin: 0 0 4px; }
.icon { font-weight: 700; font-size: 14px; }
.title { font: 600 14px/1.3 ${FONT}; margin: 0; flex: 1; }
.close {
  all: unset;
  cursor: pointer;
  font-size: 18px;
  line-height: 1;
  padding: 0 4px;
  border-radius: 4px;
  color: inherit;
  opacity: 0.7;
}
.close:hover, .close:focus-visible { opacity: 1; outline: 2px solid #0969da; }
p { margin: 4px 0; }
.kind { font-size: 11px; text-transform: uppercase; letter-spacing: 0.04em; opacity: 0.7; }
q { font-weight: 600; }
.source, .reason, .date { opacity: 0.8; }
.reason { font-size: 12px; margin-top: 6px; }
.conflict {
  background: #fff1e5;
  color: #762c00;
  border-radius: 4px;
  padding: 3px 6px;
}
.dark .conflict { background: #3d1e00; color: #ffc680; }
.rating { font-weight: 600; color: #a40e26; }
.dark .rating { color: #ff8182; }
.citations { list-style: none; margin: 6px 0 0; padding: 0; }
.citations li { margin: 4px 0; padding-left: 8px; border-left: 2px solid rgba(140, 149, 159, 0.5); }
.publisher { font-weight: 600; }
a { color: #0969da; text-decoration: underline; }
.dark a { color: #4493f8; }
a:focus-visible { outline: 2px solid currentColor; outline-offset: 1px; }
.cited { display: block; font-size: 12px; opacity: 0.85; overflow-wrap: anywhere; }
@keyframes corroborate-in { from { opacity: 0; transform: translateY(2px); } to { opacity: 1; transform: none; } }
@media (prefers-reduced-motion: reduce) {
  .card { animation: none !important; transition: none !important; }
}
`;

export const STYLES = { page: pageCss, badge: BADGE_CSS, card: CARD_CSS };
