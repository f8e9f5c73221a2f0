/**
 * Synthetic datasets for benchmarks and scaling tests: valid rows in the shape of the real
 * CSVs, deterministic (no randomness), with figures printed the way the slides print them.
 */
const FULL_WIDTH = '０１２３４５６７８９';
const toFullWidth = (n: number) => String(n).replace(/\d/g, (d) => FULL_WIDTH[Number(d)]!);
const FIELDS = ['manufacturing', 'bio', 'it', 'environment', 'semiconductors', 'health', 'energy', 'processing-trade'];
const BUREAUS = ['hokkaido', 'tohoku', 'kanto', 'chubu', 'kinki', 'chugoku', 'shikoku', 'kyushu', 'okinawa'];

/** `rows` cluster-project rows in the columns of data/cluster-projects.csv. */
export function syntheticProjectsCsv(rows: number): string {
  const header = 'id,bureau,name_ja,name_en,alias,fields,fields_printed,companies,universities,source,page';
  const lines = [header];
  for (let i = 0; i < rows; i++) {
    const companies = 10 + ((i * 37) % 3000) * 10;
    const companiesText = companies >= 1000 ? `${toFullWidth(Math.floor(companies / 1000))}，${toFullWidth(companies % 1000).padStart(3, '０')}` : toFullWidth(companies);
    const fields = [FIELDS[i % FIELDS.length], FIELDS[(i * 3 + 1) % FIELDS.length]].filter((f, j, a) => a.indexOf(f) === j).join(' ');
    lines.push(
      `synthetic-${i},${BUREAUS[i % BUREAUS.length]},合成プロジェクト${toFullWidth(i)},Synthetic project ${i},,${fields},合成分野,約${companiesText}社,${toFullWidth(1 + (i % 90))}大学,meti-2007,2`,
    );
  }
  return `${lines.join('\n')}\n`;
}
