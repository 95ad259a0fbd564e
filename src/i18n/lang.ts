import type { Lang } from '../domain/lang.js';

export { DEFAULT_LANG, isLang, LANGS, type Lang } from '../domain/lang.js';

/**
 * One catalogue of user-visible text per area, both languages side by side so
 * neither can fall behind: the type makes every key exist in both.
 */
export function defineMessages<T>(messages: { zh: T; en: NoInfer<T> }): (lang: Lang) => T {
  return (lang) => messages[lang];
}
