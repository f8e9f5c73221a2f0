/** getStaticPaths for routes under /[lang]/. */
import { LANGS } from '../core/locales.ts';

export const langPaths = () => LANGS.map((lang) => ({ params: { lang } }));
