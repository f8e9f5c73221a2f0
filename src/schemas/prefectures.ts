import { z } from 'zod';
import { text } from './cells.ts';

/** JIS X 0401 prefecture code, two digits, 01 (Hokkaido) to 47 (Okinawa). */
export const PrefectureCode = z.string().regex(/^(0[1-9]|[1-3]\d|4[0-7])$/, 'a two-digit JIS prefecture code from 01 to 47');

const columns = {
  code: PrefectureCode,
  name_ja: text(),
  name_en: text(),
};

export const PrefectureRow = z.object(columns);
export const Prefecture = PrefectureRow;
export type Prefecture = z.infer<typeof Prefecture>;
