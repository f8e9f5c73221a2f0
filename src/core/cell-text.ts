/**
 * What a cell of text may hold: one rule for what the pipeline reads and what the downloads write.
 *
 * - A formula-like cell is one a spreadsheet would run or read as something else than text: after
 *   any leading spaces (spreadsheets skip them), it starts with =, +, -, @, a tab or a carriage
 *   return (OWASP's list). The downloads prefix such text with an apostrophe. The pipeline refuses
 *   it, except a signed figure (`-880社`: a minus, digits and a unit, nothing a spreadsheet can
 *   run), which it leaves to the number columns, which refuse it in their own words ("counts
 *   cannot be negative").
 * - Control characters (C0 except line feed, DEL, C1) and the bidirectional embedding, override and
 *   isolate characters have no place in a name or a note: they hide or reorder what a reader sees.
 */

const FORMULA = /^[ \u3000]*[=+\-@\t\r]/u;
/** `-880社`, `－１２．５％`: a sign, digits and separators, then letters only (no operator, bracket, `!` or `|`). */
const SIGNED_FIGURE = /^[-－][0-9０-９][0-9０-９,，.．]*[\p{L}%％]*$/u;

export function isFormulaLike(text: string): boolean {
  return FORMULA.test(text);
}

export function isSignedFigure(text: string): boolean {
  return SIGNED_FIGURE.test(text);
}

/** C0 controls other than LF, DEL, C1, bidi controls: finding control characters is this pattern's purpose. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters refused
const HIDDEN = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

/** The first character a cell must not hold, as `U+202E`, or undefined. */
export function hiddenCharacter(text: string): string | undefined {
  const found = HIDDEN.exec(text)?.[0];
  return found === undefined ? undefined : `U+${found.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
