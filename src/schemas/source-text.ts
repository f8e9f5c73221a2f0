/**
 * The source document as the source pages show it: each slide's extracted text split into blocks
 * (src/pipeline/source-document.ts), and the site's English translation aligned to runs of those blocks
 * (data/source/meti-2007.en.csv, read by src/pipeline/source-translation.ts).
 */
import { z } from 'zod';

/** A run of non-blank lines of a page, exactly as `splitBlocks` gives it. */
export const SourceTextBlock = z.object({
  /** 1-based within its page. */
  n: z.number().int().positive(),
  /** The block's lines exactly as extracted (trailing spaces kept), joined with \n. */
  text: z.string().min(1),
  /** Offset of `text` in the page's text, so a figure found in the page can be placed in its block. */
  start: z.number().int().nonnegative(),
});
export type SourceTextBlock = z.infer<typeof SourceTextBlock>;

/** The English of a run of consecutive blocks of one page: one row of the translation CSV. */
export const SourceTextSegment = z.object({
  /** First block of the run (its `n`). */
  from: z.number().int().positive(),
  /** Last block of the run, inclusive; equal to `from` for a single block. */
  to: z.number().int().positive(),
  /** The site's English translation of the Japanese of blocks `from` to `to`. */
  en: z.string().min(1),
  /**
   * A note on the extraction for readers of the slide text (a heading printed twice, loose chart
   * values, a typo of the source), in Japanese; empty when there is none, and then so is `note_en`.
   */
  note_ja: z.string(),
  /** The same note in English, saying neither more nor less than `note_ja`. */
  note_en: z.string(),
});
export type SourceTextSegment = z.infer<typeof SourceTextSegment>;

export const SourceTextPage = z
  .object({
    /** 1–6, the number printed at the foot of the slide. */
    page: z.number().int().positive(),
    /** Every block of the page, in order. */
    blocks: z.array(SourceTextBlock),
    /** The translation, in block order; together the segments cover every block exactly once. */
    segments: z.array(SourceTextSegment),
  })
  .superRefine((page, ctx) => {
    // The invariant the pipeline checks row by row, kept here so a JSON read back is held to it too.
    let next = 1;
    for (const [index, segment] of page.segments.entries()) {
      if (segment.from !== next || segment.to < segment.from) {
        ctx.addIssue({ code: 'custom', path: ['segments', index], message: `segment to start at block ${next} of page ${page.page}` });
        return;
      }
      next = segment.to + 1;
    }
    if (next !== page.blocks.length + 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['segments'],
        message: `segments to cover all ${page.blocks.length} blocks of page ${page.page}`,
      });
    }
  });
export type SourceTextPage = z.infer<typeof SourceTextPage>;

export const SourceText = z.object({
  /** The pages of the source in order, 1 to 6. */
  pages: z.array(SourceTextPage),
});
export type SourceText = z.infer<typeof SourceText>;

/** A page as the site stores it (content/data/source-pages.json): keyed by its number, with its title. */
export const SourcePageEntry = SourceTextPage.and(
  z.object({
    /** The page number as text, the entry's key. */
    id: z.string(),
    /** The slide's title exactly as printed (data/source/slides.csv), and the site's English. */
    title_ja: z.string().min(1),
    title_en: z.string().min(1),
  }),
);
export type SourcePageEntry = z.infer<typeof SourcePageEntry>;
