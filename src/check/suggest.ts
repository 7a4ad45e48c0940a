import leven from 'leven';

/**
 * The candidate closest to a mistyped value, when it is close enough to be a typo.
 * @example closest('vilage', ['village', 'complex']) // 'village'
 */
export function closest(value: string, candidates: readonly string[]): string | undefined {
  const limit = Math.max(2, Math.floor(value.length / 4));
  let best: { candidate: string; score: number } | undefined;
  for (const candidate of candidates) {
    // Past the limit leven stops counting and returns limit + 1: too far either way.
    const score = leven(value.toLowerCase(), candidate.toLowerCase(), { maxDistance: limit + 1 });
    if (score <= limit && (!best || score < best.score)) best = { candidate, score };
  }
  return best?.candidate;
}
