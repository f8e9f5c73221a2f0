import { z } from 'zod';
import { entryShape, id, idList, optionalText, page, text } from './cells.ts';
import { PrefectureCode } from './prefectures.ts';

const columns = {
  id: id(),
  /** Official name, as printed on page 2 of the source. */
  name_ja: text(),
  /** Official English name. */
  name_en: text(),
  /** Short name of the region (東北, Tohoku). */
  short_ja: text(),
  short_en: text(),
  /** City where the bureau sits. */
  seat_ja: text(),
  seat_en: text(),
  /** JIS codes of the prefectures the bureau covers (outside fact, see prefectures_source). */
  prefectures: idList(PrefectureCode, 'JIS prefecture codes, space-separated'),
  /** Umbrella network printed above the bureau's projects, if any. */
  network_ja: optionalText(),
  network_en: optionalText(),
  source: id(),
  page: page(),
  prefectures_source: id(),
};

export const BureauRow = z.object(columns);

/** Added by the pipeline: the bureau's place in the list (computed figures live in src/derived/). */
export const BureauDerived = z.object({
  /** Position north to south, as the bureaus are listed. */
  order: z.number().int(),
});

export const Bureau = z.object({ ...entryShape(columns), derived: BureauDerived });
export type Bureau = z.infer<typeof Bureau>;
