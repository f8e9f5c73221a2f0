import { z } from 'zod';
import { UNITS } from '../core/japanese-number.ts';

/** What a figure is counted in. `yen` values are in yen (`９２億円` → 9,200,000,000). */
export const Unit = z.enum(UNITS);

/** One figure as the source printed it, with the value read from it. */
export const Figure = z.object({
  /** The text exactly as printed in the source, e.g. `約２，１４０社`. */
  printed: z.string().min(1),
  /** The value read from `printed`, in `unit` (percent as 0–100, fractions as 0–1). */
  value: z.number().nonnegative(),
  unit: Unit,
  /** Printed with 約 (about). */
  approx: z.boolean(),
  /** Decimal places as printed, so `３．０倍` is shown as 3.0. */
  decimals: z.number().int().nonnegative(),
  /**
   * `max` when printed with 以内 (at most). `under` only on a computed share too small for its
   * precision (1%未満, under 1%; 0.1%未満 where it is shown to 0.1 point); never read from the data.
   */
  bound: z.enum(['max', 'under']).optional(),
  /** For unit `year`: `YYYY` or `YYYY-MM`, as precise as printed. */
  date: z
    .string()
    .regex(/^\d{4}(-\d{2})?$/)
    .optional(),
});
export type Figure = z.infer<typeof Figure>;

/** A period as printed (`平成１３年～１７年`, `平成19年度`), read into Gregorian years. */
export const Period = z.object({
  printed: z.string().min(1),
  start: z.object({ year: z.number().int(), month: z.number().int().optional(), day: z.number().int().optional() }),
  end: z.object({ year: z.number().int(), month: z.number().int().optional() }).optional(),
  /** 年度: fiscal year, April to March. */
  fiscal: z.boolean(),
  /** 時点: the date the figure was taken. */
  asOf: z.boolean(),
  /** Whether the source printed an era (平成19年) or a Gregorian year (2004年). */
  calendar: z.enum(['era', 'gregorian']),
});
export type Period = z.infer<typeof Period>;
