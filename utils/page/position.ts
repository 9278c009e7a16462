// Places the card next to a claim: below the claim's line (bottom-start), flipped above when it
// does not fit, shifted sideways into the viewport, and never over the claim text. The same
// offset / flip / shift idea as Floating UI's computePosition, in a few hundred bytes: the
// content-script budget (60 KB) has no room for the 16 KB library.

export interface RectLike {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  x: number;
  y: number;
  side: 'bottom' | 'top';
}

export function placeCard(
  reference: RectLike,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  gap = 6,
  padding = 8,
): Placement {
  const below = reference.bottom + gap;
  const above = reference.top - gap - size.height;
  const fitsBelow = below + size.height <= viewport.height - padding;
  const fitsAbove = above >= padding;
  // Flip only when above fits better; otherwise stay below (the page scrolls).
  const side =
    fitsBelow || (!fitsAbove && viewport.height - reference.bottom >= reference.top)
      ? 'bottom'
      : 'top';
  const maxX = viewport.width - padding - size.width;
  const x = Math.max(padding, Math.min(reference.left, maxX));
  return { x: Math.round(x), y: Math.round(side === 'bottom' ? below : above), side };
}

/** The smallest rectangle holding both. */
export function unionRect(a: RectLike, b: RectLike | null): RectLike {
  if (!b || (b.right - b.left === 0 && b.bottom - b.top === 0)) return a;
  return {
    left: Math.min(a.left, b.left),
    top: Math.min(a.top, b.top),
    right: Math.max(a.right, b.right),
    bottom: Math.max(a.bottom, b.bottom),
  };
}
