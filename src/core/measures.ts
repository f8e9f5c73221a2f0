/** The two measures of a project (and what a map symbol's area can stand for); the first is the default view. */
export const MEASURES = ['companies', 'universities'] as const;
export type Measure = (typeof MEASURES)[number];
