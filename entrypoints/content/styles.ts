// Styles of the in-page UI. Badge and card styles live inside their shadow roots; the only
// stylesheet added to the page itself holds `::highlight()` rules (or, where the Custom Highlight
// API is missing, rules for our own `<corroborate-mark>` elements). Written compactly: every byte
// here ships in the content script (budget 60 KB).
//
// Hostile pages (`* { all: unset !important }`, `display: none !important` on unknown tags, z-index
// wars): `:host` declarations are all `!important`, and important declarations inside a shadow
// root beat important declarations of the page.
import type { Verdict } from '../../utils/claim';
import { MARK_ATTR, MARK_TAG, highlightName } from '../../utils/page/ui-names';

/** Marks every declaration important. */
const imp = (decls: string): string => decls.replace(/;/g, '!important;');

/** Highlight background, underline colour and style per verdict. */
const PAINT: [Verdict, string, string, string][] = [
  ['corroborated', 'rgba(46,160,67,.16)', 'rgba(26,127,55,.9)', 'solid'],
  ['single-sourced', 'rgba(212,167,44,.18)', 'rgba(154,103,0,.9)', 'solid'],
  ['unverifiable', 'rgba(130,140,150,.14)', 'rgba(110,119,129,.9)', 'dotted'],
];

export function pageCss(mode: 'css' | 'marks'): string {
  return PAINT.map(([v, bg, line, style]) => {
    const paint = `background-color:${bg};text-decoration:underline ${style} ${line};`;
    return mode === 'css'
      ? `::highlight(${highlightName(v)}){${paint}}`
      : `${MARK_TAG}[${MARK_ATTR}="${v}"]{${imp(`display:inline;color:inherit;font:inherit;${paint}`)}}`;
  })
    .concat(
      mode === 'css'
        ? []
        : [
            `html[data-corroborate-hidden] ${MARK_TAG}{${imp('background:none;text-decoration:none;')}}`,
          ],
    )
    .join('\n');
}

const FONT = 'system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif';

/** `all: initial` resets every property (margins, floats, transforms, opacity, UA popover styles). */
const HOST_RESET = 'all:initial;';

export const BADGE_CSS = `:host{${imp(
  `${HOST_RESET}display:inline-block;margin-left:.2em;border-radius:9px;line-height:1;cursor:pointer;`,
)}}
:host([hidden]){display:none!important}
:host(:focus-visible){${imp('outline:2px solid #0969da;outline-offset:1px;')}}
.badge{display:inline-flex;align-items:center;gap:.25em;box-sizing:border-box;font:600 11px/1.4 ${FONT};padding:0 .45em;border:1px solid;border-radius:9px;white-space:nowrap;user-select:none;vertical-align:.1em}
.icon{font-weight:700}
.corroborated{background:#dafbe1;color:#0f5323;border-color:#4ac26b}
.single-sourced{background:#fff8c5;color:#6c4400;border-color:#d4a72c}
.unverifiable{background:#eaeef2;color:#32383f;border-color:#afb8c1}
.warn{color:#953800}`;

export const CARD_CSS = `:host{${imp(
  `${HOST_RESET}position:fixed;left:var(--corroborate-x,0);top:var(--corroborate-y,0);z-index:2147483647;display:block;width:max-content;max-width:min(360px,calc(100vw - 16px));`,
)}}
:host([hidden]){display:none!important}
:host([data-positioning]){visibility:hidden!important}
.card{box-sizing:border-box;font:13px/1.45 ${FONT};text-align:left;background:#fff;color:#1f2328;border:1px solid #d0d7de;border-top-width:4px;border-radius:8px;box-shadow:0 8px 24px rgba(66,74,83,.2);padding:8px 12px 10px;outline:none;max-height:45vh;overflow:auto;animation:in .12s ease-out}
.dark{background:#161b22;color:#e6edf3;border-color:#3d444d;box-shadow:0 8px 24px rgba(1,4,9,.75)}
.v-corroborated{border-top-color:#2da44e}
.v-single{border-top-color:#d4a72c}
.v-unverifiable{border-top-color:#8c959f}
.head{display:flex;align-items:center;gap:6px;margin-bottom:4px}
.icon{font-weight:700;font-size:14px}
.title{font:600 14px/1.3 ${FONT};margin:0;flex:1}
.close{all:unset;cursor:pointer;font-size:18px;line-height:1;padding:0 4px;border-radius:4px;opacity:.7}
.close:hover,.close:focus-visible{opacity:1;outline:2px solid #0969da}
p{margin:4px 0}
.kind{font-size:11px;text-transform:uppercase;letter-spacing:.04em;opacity:.7}
q{font-weight:600}
.source,.reason,.date{opacity:.8}
.reason{font-size:12px;margin-top:6px}
.conflict{background:#fff1e5;color:#762c00;border-radius:4px;padding:3px 6px}
.dark .conflict{background:#3d1e00;color:#ffc680}
.rating{font-weight:600;color:#a40e26}
.dark .rating{color:#ff8182}
.citations{list-style:none;margin:6px 0 0;padding:0}
li{margin:4px 0;padding-left:8px;border-left:2px solid rgba(140,149,159,.5)}
.publisher{font-weight:600}
a{color:#0969da}
.dark a{color:#4493f8}
a:focus-visible{outline:2px solid;outline-offset:1px}
.cited{display:block;font-size:12px;opacity:.85;overflow-wrap:anywhere}
@keyframes in{from{opacity:0;transform:translateY(2px)}}
@media (prefers-reduced-motion:reduce){.card{animation:none!important;transition:none!important}}`;

export const STYLES = { page: pageCss, badge: BADGE_CSS, card: CARD_CSS };
