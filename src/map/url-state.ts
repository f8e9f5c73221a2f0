// The national map's view as URL query parameters: `?field=bio&measure=universities`.
// Pure (no DOM), so it runs in the browser and in unit tests alike. Reading never
// throws: a missing, unknown or malformed value means the default view.

/** What the map shows. */
export interface MapState {
  /** field id whose projects are shown undimmed, or 'all' (the default) */
  field: string;
  /** what symbol area stands for, e.g. 'companies' (default: the first measure) */
  measure: string;
}

/** The field value that shows every project. */
export const ALL_FIELDS = 'all';

/** Reads the map state from a query string (`location.search`, with or without its
 *  leading `?`). `fields` are the field ids the map can filter by ('all' is always
 *  accepted); `measures` the measures it can size by, the first being the default.
 *  When a parameter is repeated the first occurrence counts; values match exactly
 *  (after percent-decoding), anything else falls back to the default. */
export function parseMapState(search: string, fields: readonly string[], measures: readonly string[]): MapState {
  const params = toParams(search);
  const field = params.get('field');
  const measure = params.get('measure');
  return {
    field: field !== null && (field === ALL_FIELDS || fields.includes(field)) ? field : ALL_FIELDS,
    measure: measure !== null && measures.includes(measure) ? measure : (measures[0] ?? ''),
  };
}

/** Writes `state` as a query string: `?field=bio&measure=universities`, or '' when
 *  everything is at its default (defaults are left out, so the plain map keeps its
 *  plain URL). Parameters of `search` other than field and measure are kept, in
 *  their order; earlier field/measure values in it are replaced. */
export function serializeMapState(state: MapState, defaults: MapState, search = ''): string {
  const params = toParams(search);
  params.delete('field');
  params.delete('measure');
  if (state.field !== defaults.field) params.append('field', state.field);
  if (state.measure !== defaults.measure) params.append('measure', state.measure);
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

function toParams(search: unknown): URLSearchParams {
  // URLSearchParams never throws on a string; it keeps malformed %-escapes as text.
  return new URLSearchParams(typeof search === 'string' ? search : '');
}
