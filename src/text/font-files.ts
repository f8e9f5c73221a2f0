/**
 * The one font images made at build time are drawn with (share cards, PNG and SVG downloads):
 * Noto Sans JP from an npm package, so every machine renders the same glyphs and no image depends
 * on the fonts a build machine happens to have.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const fontFile = (weight: string) => require.resolve(`@expo-google-fonts/noto-sans-jp/${weight}/NotoSansJP_${weight}.ttf`);

export const FONT_FAMILY = 'Noto Sans JP';

/** TrueType files (satori cannot read WOFF2), regular and bold. */
export const FONT_FILES = { regular: fontFile('400Regular'), bold: fontFile('700Bold') } as const;

let cache: { regular: Buffer; bold: Buffer } | undefined;
/** The font files' bytes, read once per build. */
export function fontData(): { regular: Buffer; bold: Buffer } {
  cache ??= { regular: readFileSync(FONT_FILES.regular), bold: readFileSync(FONT_FILES.bold) };
  return cache;
}
