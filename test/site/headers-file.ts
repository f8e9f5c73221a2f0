/**
 * Reads the `_headers` file static hosts use (Netlify, Cloudflare Pages) and answers which
 * headers a path gets, the way those hosts do: every rule whose pattern matches applies, `*`
 * matches any characters, and one header set by two rules gets both values, comma-joined.
 */
export interface HeaderRule {
  pattern: string;
  line: number;
  headers: [name: string, value: string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/\s+$/, '');
    if (!line.trim() || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), line: index + 1, headers: [] });
      return;
    }
    const rule = rules.at(-1);
    const match = /^\s+([A-Za-z0-9-]+):\s*(.+)$/.exec(line);
    if (!rule || !match) throw new Error(`_headers:${index + 1}: expected "  Name: value" under a path, found "${line.trim()}"`);
    rule.headers.push([match[1]!, match[2]!]);
  });
  return rules;
}

const patternRegExp = (pattern: string) =>
  new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );

export const matches = (rule: HeaderRule, path: string) => patternRegExp(rule.pattern).test(path);

/** Header names in lower case, as Node's http module takes them. */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules.filter((r) => matches(r, path))) {
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      headers[key] = headers[key] ? `${headers[key]}, ${value}` : value;
    }
  }
  return headers;
}
