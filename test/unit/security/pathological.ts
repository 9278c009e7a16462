// Pathological inputs shared by the linear-time test and the bench (scripts/bench/pathological.ts):
// the shapes that made patterns backtrack, each built to an exact length.

export interface Shape {
  name: string;
  /** `length` characters of the shape. */
  make: (length: number) => string;
}

const repeat = (unit: string, length: number): string =>
  unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

export const SHAPES: readonly Shape[] = [
  { name: 'long token', make: (n) => repeat('a', n) },
  { name: 'digit run', make: (n) => repeat('7', n) },
  { name: 'separators', make: (n) => repeat('1,2.3-4/', n) },
  { name: 'quotes', make: (n) => repeat('"\u201c\u2019\'', n) },
  { name: 'e-mail-like', make: (n) => repeat('a.b+c-d@', n) },
  { name: 'figures without a full stop', make: (n) => repeat('5% ', n) },
  { name: 'capitalised words', make: (n) => repeat('Ab ', n) },
  { name: 'markup-like', make: (n) => repeat('<a <b/ ', n) },
];

/** Ordinary prose of our own, for the bench's "same size" baseline. */
export function ordinaryText(length: number): string {
  return repeat(
    'Quillbridge Robotics said on Tuesday it would cut about 15% of its staff, or roughly 1,200 ' +
      'jobs, after revenue fell to $2.1 billion in the third quarter, according to Harbor Wire. ',
    length,
  );
}
