// Styles of the in-page UI. Badge styles live inside their shadow roots (the card's live in its
// frame, entrypoints/card/card.css); the only
// stylesheet added to the page itself holds `::highlight()` rules (where the Custom Highlight API
// is missing, our own `<corroborate-mark>` elements carry their paint inline). Written compactly:
// every byte here ships in the content script (budget 60 KB).
//
// Hostile pages (`* { all: unset !important }`, `display: none !important` on unknown tags, z-index
// wars): `:host` declarations are all `!important`, and important declarations inside a shadow
// root beat important declarations of the page.
import { VERDICTS, type Verdict } from '../../utils/claim';
import { FLOAT_ATTR, highlightName } from '../../utils/page/ui-names';

/** Marks every declaration important. */
const imp = (decls: string): string => decls.replace(/;/g, '!important;');

/** Highlight background, underline colour and style per verdict. */
const PAINT: Record<Verdict, [string, string, string]> = {
  corroborated: ['rgba(46,160,67,.16)', 'rgba(26,127,55,.9)', 'solid'],
  'single-sourced': ['rgba(212,167,44,.18)', 'rgba(154,103,0,.9)', 'solid'],
  unverifiable: ['rgba(130,140,150,.14)', 'rgba(110,119,129,.9)', 'dotted'],
};

/** Quiet mode: claims without a badge get only a faint dotted underline. */
const FAINT =
  'background-color:transparent;text-decoration:underline dotted rgba(128,128,128,.55);';

/** A verdict's paint: background and underline, or the faint line of quiet mode. */
function paintOf(verdict: Verdict, quiet: boolean): string {
  const [bg, line, style] = PAINT[verdict];
  return quiet && verdict !== 'corroborated'
    ? FAINT
    : `background-color:${bg};text-decoration:underline ${style} ${line};`;
}

/** The page stylesheet: `::highlight()` rules for the CSS highlights. */
export function pageCss(quiet = false): string {
  return VERDICTS.map((v) => `::highlight(${highlightName(v)}){${paintOf(v, quiet)}}`).join('\n');
}

/**
 * The inline style of one fallback `<corroborate-mark>`. Inline rather than in the page
 * stylesheet: a stylesheet added to the page makes the browser look through every element for
 * ones it matches (130 ms on a page of a million nodes), and large pages are marked (see
 * utils/page/page-size.ts).
 */
export function markCss(verdict: Verdict, quiet: boolean, hidden: boolean): string {
  const paint = hidden ? 'background:none;text-decoration:none;' : paintOf(verdict, quiet);
  return imp(`display:inline;color:inherit;font:inherit;${paint}`);
}

const FONT = 'system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif';

/** `all: initial` resets every property (margins, floats, transforms, opacity, UA popover styles). */
const HOST_RESET = 'all:initial;';

const FOCUS_RING = 'outline:2px solid #0969da;outline-offset:1px;';

/**
 * The badge's parts (icon, word, ⚠) are inline boxes on one line, spaced by a margin, not flex
 * items: the same look to the pixel in Chromium and Firefox, and two boxes fewer per badge for
 * every frame to lay out and paint while badges go in (about 0.5 ms less paint per frame at 167).
 * A floating badge (FLOAT_ATTR, on large documents) has a host of no size at the top of the
 * text, so it never changes a line, and the badge drawn just above the end of the claim.
 */
export const BADGE_CSS = `:host{${imp(
  `${HOST_RESET}display:inline-block;margin-left:.2em;border-radius:9px;line-height:1;cursor:pointer;`,
)}}
:host([hidden]){display:none!important}
:host(:focus-visible){${imp(FOCUS_RING)}}
:host([${FLOAT_ATTR}]){${imp('width:0;height:0;margin:0;position:relative;vertical-align:text-top;')}}
:host([${FLOAT_ATTR}]:focus-visible){outline:none!important}
:host([${FLOAT_ATTR}]) .badge{position:absolute;bottom:0;left:.1em}
:host([${FLOAT_ATTR}]:focus-visible) .badge{${FOCUS_RING}}
.badge{display:inline-block;box-sizing:border-box;font:600 11px/1.4 ${FONT};padding:0 .45em;border:1px solid;border-radius:9px;white-space:nowrap;user-select:none;vertical-align:.1em}
.icon{font-weight:700}
.badge>*+*{margin-left:.25em}
.corroborated{background:#dafbe1;color:#0f5323;border-color:#4ac26b}
.single-sourced{background:#fff8c5;color:#6c4400;border-color:#d4a72c}
.unverifiable{background:#eaeef2;color:#32383f;border-color:#afb8c1}
.warn{color:#953800}`;

export const STYLES = { page: pageCss, mark: markCss, badge: BADGE_CSS };
