/**
 * The HTML id of a transcribed figure's anchor on its source page: its key with the dots made
 * double underscores (`consortium-results.proposals` → `consortium-results__proposals`), since an
 * id is kept to letters, digits, hyphens and underscores. Stable as long as the key is.
 */
export const anchorId = (key: string): string => key.replaceAll('.', '__');
