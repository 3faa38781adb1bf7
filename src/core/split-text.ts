/**
 * Splits a long text into parts of at most `max` characters at the most natural boundary available:
 * blank line, then line, then sentence, then space. A word is never cut unless it alone exceeds `max`.
 */
const BOUNDARIES = ['\n\n', '\n', '. ', ' '];

export function splitText(text: string, max: number): string[] {
  if (!(max >= 1)) throw new RangeError(`splitText: max must be at least 1, got ${max}`);
  const parts: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const cut = findCut(rest, max);
    parts.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0) parts.push(rest);
  return parts;
}

function findCut(text: string, max: number): number {
  for (const boundary of BOUNDARIES) {
    const at = text.lastIndexOf(boundary, max - boundary.length);
    // A boundary in the first third would leave a tiny part: look for a finer one instead.
    if (at > max / 3) return at + boundary.length;
  }
  return max;
}
