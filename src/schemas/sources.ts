import { z } from 'zod';
import { entryShape, id, optionalPeriod, optionalText, text } from './cells.ts';

const columns = {
  id: id(),
  /** document: the deck itself; survey/dataset: cited by it; outside-fact: public facts not in it; geometry: map outlines. */
  kind: z.enum(['document', 'survey', 'dataset', 'outside-fact', 'geometry']),
  title_ja: text(),
  title_en: text(),
  publisher_ja: text(),
  publisher_en: text(),
  /** Date as printed (`平成１９年１０月２５日`, `2004年`), read into Gregorian years. */
  date: optionalPeriod(),
  citation_ja: text(),
  citation_en: text(),
  licence: optionalText(),
  note_ja: optionalText(),
  note_en: optionalText(),
};

export const SourceRow = z.object(columns);
export const Source = z.object(entryShape(columns));
export type Source = z.infer<typeof Source>;
