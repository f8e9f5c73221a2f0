/**
 * The words of the share cards (the 1200×630 images social sites show for a link). Figures
 * are never typed here: templates receive them already formatted from the datasets. Words the
 * site already has (its name, column headings) are taken from ui.ts instead of repeated.
 */
import type { Lang } from '../core/locales.ts';

const ja = {
  kickerChart: 'グラフ',
  kickerProject: '産業クラスター計画のプロジェクト',
  kickerBriefing: '政策ブリーフィング',
  kickerSite: '地図・グラフ・データ・政策ブリーフィング',
  /** The default card's line under the site name. */
  siteSubtitle: '経済産業省の資料から、産業クラスター・プロジェクトと地域技術施策の成果を、出典のページつきの数値で。',
  currentProjects: '現行プロジェクト（第Ⅱ期）',
  companies: '参加企業',
  universities: '参加大学',
  /** Bureau, then the project's fields. */
  projectSubtitle: (bureau: string, fields: string) => `${bureau}｜${fields}`,
  fieldSeparator: '・',
  /** The source line: document title, its date, and the pages when the card shows page figures. */
  source: (title: string, date: string, pages: string) => `出典：「${title}」（${date}）${pages}`,
};

type CardsDictionary = { [K in keyof typeof ja]: (typeof ja)[K] };

const en: CardsDictionary = {
  kickerChart: 'Chart',
  kickerProject: 'Industrial cluster project',
  kickerBriefing: 'Policy briefing',
  kickerSite: 'Maps, charts, data and policy briefings',
  siteSubtitle: 'Japan’s regional industrial-cluster projects and what METI’s programmes achieved, every figure with its source page.',
  currentProjects: 'Current projects (Phase II)',
  companies: 'Participating companies',
  universities: 'Participating universities',
  projectSubtitle: (bureau: string, fields: string) => `${bureau} · ${fields}`,
  fieldSeparator: ', ',
  source: (title: string, date: string, pages: string) => `Source: “${title}”, ${date}${pages ? `, ${pages}` : ''}`,
};

export const CARDS_UI: Record<Lang, CardsDictionary> = { ja, en };
