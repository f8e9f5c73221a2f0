// The map page's share panel offers, beside the full data, the data of the projects the map shows
// for the field chosen (`?field=` in the address, src/map/url-state.ts): the figure's JSON
// download (this site, the same file as the JSON link) cut down to those projects, as CSV and
// JSON made here (Blob, object URL). Loaded only on the map page, so charts carry none of it.
import { excelCopy, type FlatRow, toCsv } from '../../downloads/dataset-downloads.ts';

interface MapJson {
  columns: { name: string }[];
  rows: FlatRow[];
  [key: string]: unknown;
}

/** The projects (rows) of the map's data whose fields column, split at `separator`, names the field `fieldName`. */
export function rowsOfField(rows: FlatRow[], fieldsColumn: string, separator: string, fieldName: string): FlatRow[] {
  return rows.filter((row) =>
    String(row[fieldsColumn] ?? '')
      .split(separator)
      .includes(fieldName),
  );
}

export function initMapDownloads(root: HTMLElement): void {
  const box = root.querySelector<HTMLElement>('[data-map-filtered]');
  const source = root.querySelector<HTMLAnchorElement>('a[data-share-format="json"]');
  if (!box || !source) return;
  const d = box.dataset;
  const fieldNames = JSON.parse(d.fieldNames ?? '{}') as Record<string, string>;
  const label = box.querySelector<HTMLElement>('[data-filtered-label]');
  const links = [...box.querySelectorAll<HTMLAnchorElement>('a[data-filtered-format]')];
  let full: Promise<MapJson> | undefined;
  let shown = '';
  const urls: string[] = [];

  const refresh = async () => {
    const field = new URLSearchParams(location.search).get('field') ?? '';
    if (field === shown) return;
    shown = field;
    const name = fieldNames[field];
    if (!name) {
      box.hidden = true;
      return;
    }
    full ??= fetch(source.href).then((r) => r.json() as Promise<MapJson>);
    let data: MapJson;
    try {
      data = await full;
    } catch {
      full = undefined;
      shown = '';
      box.hidden = true;
      return;
    }
    if (shown !== field) return; // the reader chose again while the file loaded
    const rows = rowsOfField(data.rows, d.fieldsColumn ?? '', d.fieldsSeparator ?? '', name);
    const files = {
      csv: new Blob(
        [
          // As the figure's own CSV download: with a BOM, for Excel (figures/download-table.ts).
          excelCopy(
            toCsv(
              rows,
              data.columns.map((c) => c.name),
            ),
          ),
        ],
        { type: 'text/csv;charset=utf-8' },
      ),
      json: new Blob([`${JSON.stringify({ ...data, filter: { field, name }, rows }, null, 2)}\n`], { type: 'application/json' }),
    };
    for (const url of urls.splice(0)) URL.revokeObjectURL(url);
    for (const a of links) {
      const format = a.dataset.filteredFormat as keyof typeof files;
      const url = URL.createObjectURL(files[format]);
      urls.push(url);
      a.href = url;
      a.download = `${d.fileStem}-${field}.${format}`;
    }
    if (label) label.textContent = (d.label ?? '').replace('{field}', name).replace('{count}', String(rows.length));
    box.hidden = false;
  };
  void refresh();
  document.addEventListener('click', () => void refresh());
  addEventListener('popstate', () => void refresh());
}
