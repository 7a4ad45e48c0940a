/**
 * The filter keys written on achievement pages (`data-pagefind-filter`) and in search
 * addresses (`?region=…`). Kept apart so the browser's search code imports nothing else.
 */
export const filterKeys = ['category', 'region', 'partner', 'year', 'status'] as const;
export type FilterKey = (typeof filterKeys)[number];
