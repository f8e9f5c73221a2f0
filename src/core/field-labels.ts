/**
 * The controlled vocabulary of project fields, with their names. The slides print fields as free
 * text (`モノ作り、健康・バイオ分野`); each project keeps that text and maps it onto these ids
 * (src/schemas/fields.ts checks them). Here, at the bottom, so the palette can key its colours by them.
 */
export const FIELD_LABELS = {
  manufacturing: { ja: 'ものづくり', en: 'Manufacturing' },
  bio: { ja: 'バイオ', en: 'Biotechnology' },
  it: { ja: 'IT・情報', en: 'IT' },
  environment: { ja: '環境', en: 'Environment' },
  semiconductors: { ja: '半導体', en: 'Semiconductors' },
  health: { ja: '健康', en: 'Health' },
  energy: { ja: 'エネルギー', en: 'Energy' },
  'processing-trade': { ja: '加工交易', en: 'Processing trade' },
} as const;

export type FieldId = keyof typeof FIELD_LABELS;
