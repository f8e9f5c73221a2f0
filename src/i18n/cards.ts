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
  kickerMap: '地図',
  /** What the map card's miniature shows, for the card's text alternative. */
  /** The map card's subtitle: the map page's, shortened to fit beside the map. */
  mapSubtitle: (projects: number) =>
    `現行${projects}プロジェクト（第Ⅱ期）。円の面積は参加企業数に比例し、色は分野を、塗り分けは経済産業局の管轄区域（資料外）を表します。`,
  mapPicture: (projects: number) => `${projects}のプロジェクトを円で示した日本地図`,
  /** The card's text alternative (og:image:alt): what the image shows, sentence by sentence. */
  altLead: (siteName: string) => `「${siteName}」の共有用カード`,
  altKicker: (kicker: string, title: string) => `${kicker}：${title}`,
  altFigure: (label: string, value: string) => `${label}：${value}`,
  altFigureSeparator: '、',
  /** Sentences ended with the language's full stop (unless they have one) and run together. */
  altSentences: (...sentences: string[]) => sentences.map((s) => (/[。！？]$/u.test(s) ? s : `${s}。`)).join(''),
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
  kickerMap: 'Map',
  mapSubtitle: (projects: number) =>
    `The ${projects} current projects (Phase II). Circle area is proportional to participating companies; colour shows the field; shading, the regional bureaus’ areas (outside the document).`,
  mapPicture: (projects: number) => `A map of Japan with the ${projects} projects as circles`,
  altLead: (siteName: string) => `${siteName} share card`,
  altKicker: (kicker: string, title: string) => `${kicker}: ${title}`,
  altFigure: (label: string, value: string) => `${label}: ${value}`,
  altFigureSeparator: '; ',
  altSentences: (...sentences: string[]) => sentences.map((s) => (/[.!?]$/u.test(s) ? s : `${s}.`)).join(' '),
};

export const CARDS_UI: Record<Lang, CardsDictionary> = { ja, en };
