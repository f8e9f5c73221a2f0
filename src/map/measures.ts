/** What a symbol's area can stand for. The first is the default view. */
export const MEASURES = ['companies', 'universities'] as const;
export type Measure = (typeof MEASURES)[number];
