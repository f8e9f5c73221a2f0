/**
 * Types for the `linebreak` package (UAX #14, the Unicode line breaking algorithm, which satori
 * also breaks lines with); it ships none.
 */
declare module 'linebreak' {
  export interface Break {
    /** Index in UTF-16 code units where a new line may begin. */
    position: number;
    /** A hard break (a newline), not a mere opportunity. */
    required: boolean;
  }
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): Break | null;
  }
}
