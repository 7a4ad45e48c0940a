/** Edit distance between two short strings (ids, field names). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidate closest to a mistyped value, when it is close enough to be a typo.
 * @example closest('vilage', ['village', 'complex']) // 'village'
 */
export function closest(value: string, candidates: readonly string[]): string | undefined {
  const limit = Math.max(2, Math.floor(value.length / 4));
  let best: { candidate: string; score: number } | undefined;
  for (const candidate of candidates) {
    const score = distance(value.toLowerCase(), candidate.toLowerCase());
    if (score <= limit && (!best || score < best.score)) best = { candidate, score };
  }
  return best?.candidate;
}
