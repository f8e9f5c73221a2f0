/**
 * The search page's script: runs the typed query (or `?q=` from the address) through Pagefind's
 * index for the page's language, lists the results as plain links with the match highlighted, and
 * says how many there are in a polite live region. Without it, the page points to the site index.
 */
import { exactTitlesFirst } from './rank.ts';
import { SEARCH_UI } from '../../i18n/search.ts';
import { isLang } from '../../core/locales.ts';
import { sitePath } from '../../core/urls.ts';
import { excerptParts } from './excerpt.ts';
import type { Pagefind, PagefindResultData } from './pagefind-api.ts';

/** Pause after a keystroke before searching, so typing a word runs one search, not one per letter. */
const TYPING_PAUSE_MS = 200;

async function loadPagefind(): Promise<Pagefind> {
  // Written into dist/ after the build (scripts/search-index.ts), so Vite must not try to bundle it.
  const pagefind = (await import(/* @vite-ignore */ sitePath('/pagefind/pagefind.js'))) as Pagefind;
  // Result addresses are site paths; under a sub-path they need the base in front.
  await pagefind.options({ baseUrl: sitePath('/') });
  await pagefind.init();
  return pagefind;
}

function resultItem(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h3');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  heading.append(link);
  item.append(heading);
  if (result.meta.type) {
    const type = document.createElement('p');
    type.className = 'search-result-type';
    type.textContent = result.meta.type;
    item.append(type);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result-excerpt';
  for (const part of excerptParts(result.excerpt)) {
    if (!part.mark) excerpt.append(part.text);
    else {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      excerpt.append(mark);
    }
  }
  item.append(excerpt);
  return item;
}

/** Keeps the query in the address, so the results can be linked to, reloaded and gone back to. */
function rememberQuery(query: string): void {
  const url = new URL(window.location.href);
  if (query) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  if (url.href !== window.location.href) history.replaceState(history.state, '', url);
}

export async function initSearch(root: HTMLElement): Promise<void> {
  const lang = document.documentElement.lang;
  const form = root.querySelector<HTMLFormElement>('form[role="search"]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const results = root.querySelector<HTMLElement>('[data-search-results]');
  const list = results?.querySelector<HTMLOListElement>('ol');
  const notice = root.querySelector<HTMLElement>('[data-search-notice]');
  if (!isLang(lang) || !form || !input || !status || !results || !list || !notice) return;
  const words = SEARCH_UI[lang];

  let pagefind: Pagefind;
  try {
    pagefind = await loadPagefind();
  } catch (error) {
    notice.textContent = words.searchUnavailable;
    console.warn('Pagefind could not be loaded:', error);
    return;
  }
  notice.hidden = true;

  // Each search gets a number; a slower, older search that finishes late is dropped.
  let latest = 0;
  const run = async (raw: string, announceEmpty: boolean) => {
    const query = raw.trim();
    const mine = ++latest;
    rememberQuery(query);
    if (!query) {
      list.replaceChildren();
      results.hidden = true;
      results.removeAttribute('aria-busy');
      status.textContent = announceEmpty ? words.emptyQuery : '';
      return;
    }
    results.setAttribute('aria-busy', 'true');
    const search = await pagefind.search(query);
    // The site has some fifty pages per language, so every match is shown.
    const found = search ? exactTitlesFirst(await Promise.all(search.results.map((r) => r.data())), query) : [];
    if (mine !== latest) return;
    list.replaceChildren(...found.map(resultItem));
    results.hidden = found.length === 0;
    results.removeAttribute('aria-busy');
    status.textContent = found.length ? words.resultCount(found.length, query) : words.noResults(query);
  };

  let pause: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(pause);
    if (input.value.trim()) void pagefind.preload(input.value.trim());
    pause = setTimeout(() => void run(input.value, false), TYPING_PAUSE_MS);
  });
  form.addEventListener('submit', (event) => {
    // Already on the search page: search here rather than reload it.
    event.preventDefault();
    clearTimeout(pause);
    void run(input.value, true);
  });

  const initial = new URLSearchParams(window.location.search).get('q') ?? '';
  if (initial) {
    input.value = initial;
    await run(initial, false);
  }
}
