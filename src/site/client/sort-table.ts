/**
 * Sorting a table by its columns, added by script to a table that reads fully without it: each
 * sortable column heading (`th[data-sort]`: "number", "order" or "text") gets a button, the sorted
 * heading carries aria-sort, and the body rows are reordered by each cell's `data-sort-value` (or
 * its text). Numbers sort largest first on the first press, an order (the bureaus, north to south)
 * and words (in the page language's collation) from the first; a second press reverses. Rows equal in the column keep the source's order, so every order is
 * reproducible whatever was pressed before. The footer (the nationwide totals) stays last.
 */

type Direction = 'ascending' | 'descending';

export function makeSortable(table: HTMLTableElement): void {
  const body = table.tBodies[0];
  const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th[data-sort]')];
  if (!body || headers.length === 0) return;
  const rows = [...body.rows];
  const sourceOrder = new Map(rows.map((row, i) => [row, i]));
  const collator = new Intl.Collator(document.documentElement.lang || undefined, { numeric: true });

  const sortKey = (row: HTMLTableRowElement, column: number): string => {
    const cell = row.cells[column];
    return cell?.dataset.sortValue ?? cell?.textContent?.trim() ?? '';
  };

  const sortBy = (th: HTMLTableCellElement, direction: Direction) => {
    const column = th.cellIndex;
    const numeric = th.dataset.sort !== 'text';
    const sign = direction === 'ascending' ? 1 : -1;
    const compare = (a: HTMLTableRowElement, b: HTMLTableRowElement) => {
      const [x, y] = [sortKey(a, column), sortKey(b, column)];
      const order = numeric ? Number(x) - Number(y) : collator.compare(x, y);
      return order * sign || sourceOrder.get(a)! - sourceOrder.get(b)!;
    };
    body.append(...[...rows].sort(compare));
    for (const other of headers) if (other !== th) other.removeAttribute('aria-sort');
    th.setAttribute('aria-sort', direction);
  };

  for (const th of headers) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.append(...th.childNodes);
    const icon = document.createElement('span');
    icon.className = 'sort-icon';
    icon.setAttribute('aria-hidden', 'true');
    button.append(icon);
    th.append(button);
    button.addEventListener('click', () => {
      const current = th.getAttribute('aria-sort');
      const first: Direction = th.dataset.sort === 'number' ? 'descending' : 'ascending';
      const next: Direction = current === null ? first : current === 'ascending' ? 'descending' : 'ascending';
      sortBy(th, next);
    });
  }
  table.classList.add('is-sortable');
}
