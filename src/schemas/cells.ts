/**
 * Column types for the CSV datasets. Each is a zod codec from the cell's text to its typed
 * value, so one declaration gives both the CSV decoder (pipeline) and the JSON schema
 * (content collections), and a bad cell is reported against its own column.
 */
import { z } from 'zod';
import { parseEraDate, parseFigure, type ParseResult, type Unit } from '../core/japanese-number.ts';
import { Figure, Period } from './figure.ts';

const REQUIRED = 'a value (this column is required)';

/** Text that must be present. */
export const text = () => z.string().min(1, REQUIRED);

/** Text that may be empty; empty cells become absent. */
export const optionalText = () =>
  z.codec(z.string(), z.string().min(1).optional(), {
    decode: (s) => (s === '' ? undefined : s),
    encode: (s) => s ?? '',
  });

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A stable id: lowercase letters, digits and single hyphens (`kanto-bio-ventures`). */
export const id = () => z.string().min(1, REQUIRED).regex(ID, 'an id of lowercase letters, digits and hyphens, like kanto-bio-ventures');

/** Space-separated ids (`it bio`). */
export const idList = <T extends z.ZodType<string>>(item: T, what: string) =>
  z
    .codec(z.string().min(1, REQUIRED), z.array(item).min(1), {
      decode: (s) => s.split(/\s+/).filter(Boolean) as z.input<T>[],
      encode: (list) => list.join(' '),
    })
    .describe(what);

/** A page of the source document (1–6). */
export const page = () =>
  z.codec(
    z
      .string()
      .min(1, REQUIRED)
      .regex(/^[1-6]$/, 'a page number of the source, 1 to 6'),
    z.number().int().min(1).max(6),
    { decode: Number, encode: String },
  );

/** Runs a parser as a zod check, so a bad cell reports what was expected. */
function parsed<T>(parse: (s: string) => ParseResult<T>) {
  return z.string().superRefine((s, ctx) => {
    const result = parse(s);
    if (!result.ok) ctx.addIssue({ code: 'custom', message: result.expected, input: s });
  });
}

function unwrap<T>(result: ParseResult<T>): T {
  if (!result.ok) throw new Error(`unchecked cell: ${result.expected}`);
  return result.value;
}

/** A figure in a fixed unit (`約２，１４０社` in a companies column). */
export const figure = (unit: Unit) =>
  z.codec(
    parsed((s) => parseFigure(s, unit)),
    Figure,
    {
      decode: (printed) => ({ printed, unit, ...unwrap(parseFigure(printed, unit)) }),
      encode: (f) => f.printed,
    },
  );

/** An era period (`平成１３年～１７年`); empty when the source gives none. */
export const optionalPeriod = () =>
  z.codec(z.union([z.literal(''), parsed(parseEraDate)]), Period.optional(), {
    decode: (printed) => (printed === '' ? undefined : { printed, ...unwrap(parseEraDate(printed)) }),
    encode: (p) => p?.printed ?? '',
  });

/** An era date that must be present (`平成１９年１０月２５日`). */
export const period = () =>
  z.codec(z.string().min(1, REQUIRED).pipe(parsed(parseEraDate)), Period, {
    decode: (printed) => ({ printed, ...unwrap(parseEraDate(printed)) }),
    encode: (p) => p.printed,
  });

/** The JSON side of a row schema: each codec column replaced by its output schema. */
export function entryShape<S extends z.ZodRawShape>(shape: S): { [K in keyof S]: OutputOf<S[K]> } {
  return Object.fromEntries(Object.entries(shape).map(([key, schema]) => [key, schema instanceof z.ZodCodec ? schema.out : schema])) as {
    [K in keyof S]: OutputOf<S[K]>;
  };
}
type OutputOf<T> = T extends z.ZodCodec<z.ZodType, infer Out> ? Out : T;
