/**
 * The key figures the home page shows, as keys of the bound figures (briefings/figures.ts): the
 * story of the source in four numbers. The projects of Phase II (a count of the listed projects,
 * so computed), the network they form of companies and universities (page 3, as of July 2007),
 * and the Phase I outcome that says what the network did for its firms (page 3). Listed here once
 * so the home page shows them and the source pages name the home page under each.
 */
export const FRONT_FIGURES = [
  'derived.project-count',
  'phase1-outcomes.network-companies-2007-07',
  'phase1-outcomes.network-universities-2007-07',
  'phase1-outcomes.new-business-share',
] as const;

export type FrontFigure = (typeof FRONT_FIGURES)[number];

/** The period the network's figures are given for (平成19年7月時点), read from their row. */
export const FRONT_NETWORK_PERIOD = 'period.phase1-outcomes.network-companies-2007-07';
