/** The datasets that are lists of labelled figures, each with its own extra columns. */
import { z } from 'zod';
import { toHalfWidth } from '../core/japanese-number.ts';
import { id, optionalPeriod } from './cells.ts';
import { figureTable } from './figure-table.ts';

/** Innovative new products: solo R&D vs. collaboration (page 1, survey of 2004). */
export const innovationSource = figureTable({});

/** A band of employees as printed (`21～50`, `301～`). */
const EmployeeBand = z.codec(
  z.string().regex(/^[0-9０-９]+[～~〜]([0-9０-９]+)?$/, 'a band of employees like 21～50 or 301～'),
  z.object({ printed: z.string(), min: z.number().int(), max: z.number().int().optional() }),
  {
    decode: (printed) => {
      const [min, max] = toHalfWidth(printed).split('~');
      return max ? { printed, min: Number(min), max: Number(max) } : { printed, min: Number(min) };
    },
    encode: (band) => band.printed,
  },
);

/** Collaboration with universities by firm size (page 1, survey of 2004). */
export const collaborationByFirmSize = figureTable({
  employees: EmployeeBand,
  series: z.enum(['collaborating', 'not-collaborating']),
});

const grouped = { group: id(), period: optionalPeriod() };

/** Phase I outcomes and network size (pages 1–3). */
export const phase1Outcomes = figureTable(grouped);
/** Regional consortium R&D programme, 平成9–18年 (page 4). */
export const consortiumResults = figureTable(grouped);
/** Regional-resource R&D programme, FY2007 (page 5). */
export const regionalResourceProgram = figureTable(grouped);
/** FY2008 co-creation programme request; `parent` makes the hierarchy (page 6). */
export const cocreationBudget = figureTable({
  parent: z.codec(z.union([z.literal(''), id()]), z.string().optional(), {
    decode: (s) => (s === '' ? undefined : s),
    encode: (s) => s ?? '',
  }),
  period: optionalPeriod(),
});
