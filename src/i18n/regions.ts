/**
 * The words of the project and bureau pages' own parts: a project among the others (its bar
 * chart and table), the other projects of its bureau, the locator and the bureau map's key.
 * Like ui.ts: no figures; counts and names come in as arguments.
 */
import type { Lang } from '../core/locales.ts';
import { formatCount } from './figure-format.ts';

const ja = {
  contextHeading: (n: number) => `${formatCount(n, 'ja')}プロジェクトの中の位置`,
  contextSubtitle: (bureau: string) =>
    `プロジェクト別の参加企業数（多い順）。このプロジェクトを強調し、${bureau}のほかのプロジェクトには名前を記す。`,
  contextSubtitleAlone: (bureau: string) =>
    `プロジェクト別の参加企業数（多い順）。このプロジェクト（${bureau}の唯一のプロジェクト）を強調して示す。`,
  contextCaption: (n: number) => `${formatCount(n, 'ja')}プロジェクトの参加企業数（多い順）`,
  contextCaptionPartial: (shown: number, n: string) => `${n}プロジェクトのうち${shown}プロジェクトの参加企業数（多い順）`,
  contextShown: (top: number, around: number, n: string, index: string) =>
    `参加企業数の多い${top}プロジェクトと、このプロジェクトの前後${around}位までを示す。全${n}プロジェクトは${index}にある。`,
  contextGap: (n: string) => `${n}プロジェクトを省略`,
  siblingsShown: (shown: number, total: string, index: string) =>
    `${total}プロジェクトのうち、参加企業数の多い${shown}プロジェクトを掲げた。すべては${index}にある。`,
  colRank: '順位',
  rank: (rank: number) => `${rank}位`,
  thisProject: 'このプロジェクト',
  siblingsHeading: (bureau: string) => `${bureau}のほかのプロジェクト`,
  siblingDetail: (fields: string, companies: string) => `（${fields}、参加企業${companies}）`,
  siblingsNone: (bureau: string) => `資料が${bureau}の下に掲げるプロジェクトは、このプロジェクトだけです。`,
  locatorProjectAlt: (project: string, bureau: string) => `${project}の位置（${bureau}の管轄区域）を示す日本地図`,
  regionMapAlt: (bureau: string, projects: string) => `${bureau}の管轄区域の地図。プロジェクトを円で示す：${projects}。`,
  regionSizeNote: '円の面積は、全国の地図と同じ尺度で参加企業数に比例します。',
  regionDrawnLargest: (bureau: string, drawn: string, total: string) =>
    `地図には${bureau}の${total}プロジェクトのうち参加企業数の多い${drawn}プロジェクトを描いています。`,
  regionSizeNoteLargest: '円の面積は、描いたプロジェクトの間で参加企業数に比例します。',
  projectKey: 'プロジェクト',
};

type Words = { [K in keyof typeof ja]: (typeof ja)[K] extends (...args: infer A) => string ? (...args: A) => string : string };

const en: Words = {
  contextHeading: (n: number) => `Among the ${formatCount(n, 'en')} projects`,
  contextSubtitle: (bureau: string) =>
    `Participating companies by project, most first: this project highlighted, the other projects of the ${bureau} named.`,
  contextSubtitleAlone: (bureau: string) =>
    `Participating companies by project, most first: this project, the only one of the ${bureau}, highlighted.`,
  contextCaption: (n: number) => `Participating companies of the ${formatCount(n, 'en')} projects, most first`,
  contextCaptionPartial: (shown: number, n: string) => `Participating companies of ${shown} of the ${n} projects, most first`,
  contextShown: (top: number, around: number, n: string, index: string) =>
    `Shown: the ${top} largest projects, and those ranked up to ${around} places either side of this one. All ${n} are listed in ${index}.`,
  contextGap: (n: string) => `${n} projects not shown`,
  siblingsShown: (shown: number, total: string, index: string) =>
    `The ${shown} of ${total} with the most companies are listed. All are in ${index}.`,
  colRank: 'Rank',
  rank: (rank: number) => String(rank),
  thisProject: 'this project',
  siblingsHeading: (bureau: string) => `Other projects of the ${bureau}`,
  siblingDetail: (fields: string, companies: string) => `(${fields}; ${companies})`,
  siblingsNone: (bureau: string) => `This is the only project the source lists under the ${bureau}.`,
  locatorProjectAlt: (project: string, bureau: string) => `Map of Japan locating ${project}, in the area of the ${bureau}`,
  regionMapAlt: (bureau: string, projects: string) => `Map of the area of the ${bureau}, its projects drawn as circles: ${projects}.`,
  regionSizeNote: 'Circle areas are proportional to participating companies, on the same scale as the national map.',
  regionDrawnLargest: (bureau: string, drawn: string, total: string) =>
    `The map draws the ${drawn} projects of the ${bureau} with the most participating companies, of ${total}.`,
  regionSizeNoteLargest: 'Circle areas are proportional to participating companies among the projects drawn.',
  projectKey: 'Projects',
};

export const REGIONS_UI: Record<Lang, Words> = { ja, en };
