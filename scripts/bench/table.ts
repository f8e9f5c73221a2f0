/** Plain-text tables with aligned columns: numbers (and blanks) right-aligned, text left. */

export function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => [...(r[i] ?? '')].length)));
  const numeric = header.map((_, i) => rows.every((r) => /^[-+]?[\d.,]*\s?(?:%|×|ms|s|KB|MB|MiB|B)?$|^–$|^$/.test(String(r[i] ?? ''))));
  const pad = (s: string, i: number) => {
    const fill = ' '.repeat(Math.max(0, widths[i]! - [...s].length));
    return numeric[i] ? fill + s : s + fill;
  };
  const line = (r: string[]) =>
    r
      .map((c, i) => pad(c ?? '', i))
      .join('  ')
      .trimEnd();
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (mib: number) => `${mib.toFixed(0)} MiB`;
export const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
export const msf = (ms: number) => `${ms.toFixed(ms < 10 ? 1 : 0)} ms`;
export const int = (n: number) => n.toLocaleString('en');
