/**
 * The shape shared by the datasets that are lists of labelled figures (phase1-outcomes,
 * consortium-results, …): one figure per row, or none where the source prints a chart
 * without values (`status` = `not-in-source`).
 */
import { z } from 'zod';
import { parseFigure } from '../core/japanese-number.ts';
import { entryShape, id, optionalText, page, text } from './cells.ts';
import { Figure, Unit } from './figure.ts';

export const FigureStatus = z.enum(['printed', 'not-in-source']);

const base = {
  id: id(),
  label_ja: text(),
  label_en: text(),
  /** `printed`, or `not-in-source` where the slide shows a chart without values. */
  status: FigureStatus,
  /** The figure exactly as printed; empty when not in the source. */
  printed: z.string(),
  /** The unit of the figure; may be empty when not in the source. */
  unit: z.union([z.literal(''), Unit]),
  /** Source id (sources.csv) and page of the source the figure was transcribed from. */
  source: id(),
  page: page(),
  /** Where the source says it took the figure from (sources.csv ids, space-separated). */
  cited_source: z.codec(z.string(), z.array(z.string()), {
    decode: (s) => s.split(/\s+/).filter(Boolean),
    encode: (a) => a.join(' '),
  }),
  note_ja: optionalText(),
  note_en: optionalText(),
};

type Base = typeof base;
/** The shared columns of a decoded row; the dataset's own columns ride along untyped here. */
type BaseRow = z.output<z.ZodObject<Base>>;

/**
 * Builds the row codec (CSV record → entry) and the entry schema of a figure table with
 * the dataset's own extra columns.
 */
export function figureTable<E extends z.ZodRawShape>(extra: E) {
  const rowObject = z.object({ ...base, ...extra }).superRefine((value, ctx) => {
    const row = value as BaseRow;
    if (row.status === 'printed') {
      if (row.printed === '') {
        ctx.addIssue({ code: 'custom', path: ['printed'], message: 'a value (status is printed)', input: row.printed });
      } else if (row.unit === '') {
        ctx.addIssue({ code: 'custom', path: ['unit'], message: `a unit, one of ${Unit.options.join(', ')}`, input: row.unit });
      } else {
        const parsed = parseFigure(row.printed, row.unit);
        if (!parsed.ok) ctx.addIssue({ code: 'custom', path: ['printed'], message: parsed.expected, input: row.printed });
      }
    } else {
      if (row.printed !== '') {
        ctx.addIssue({ code: 'custom', path: ['printed'], message: 'an empty cell (status is not-in-source)', input: row.printed });
      }
      if (row.note_en === undefined || row.note_ja === undefined) {
        ctx.addIssue({ code: 'custom', path: ['note_en'], message: 'a note saying what the source shows instead', input: '' });
      }
    }
  });

  const { status, printed, unit, ...rest } = entryShape({ ...base, ...extra } as Base & E);
  void printed;
  void unit;
  const entry = z.object({
    ...rest,
    status,
    /** The figure, or null where the source gives no value. */
    figure: Figure.nullable(),
  });

  const row = z.codec(rowObject, entry, {
    decode: (value) => {
      const r = value as BaseRow;
      const { printed: p, unit: u, ...others } = r;
      const parsed = r.status === 'printed' && u !== '' ? parseFigure(p, u) : undefined;
      const figure = parsed?.ok && u !== '' ? { printed: p, unit: u, ...parsed.value } : null;
      return { ...others, figure } as z.input<typeof entry>;
    },
    encode: () => {
      throw new Error('figure tables are not written back to CSV');
    },
  });
  // `kind` marks the figure tables among the datasets (datasets.ts derives their ids from it).
  return { row, entry, kind: 'figure-table' as const };
}
