/** getStaticPaths for routes under /[lang]/. */
import { LANGS } from '../i18n/locales.ts';

export const langPaths = () => LANGS.map((lang) => ({ params: { lang } }));
