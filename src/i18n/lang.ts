export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Users are Chinese civil servants: Chinese unless they ask for English. */
export const DEFAULT_LANG: Lang = 'zh';

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/**
 * One catalogue of user-visible text per area, both languages side by side so
 * neither can fall behind: the type makes every key exist in both.
 */
export function defineMessages<T>(messages: { zh: T; en: NoInfer<T> }): (lang: Lang) => T {
  return (lang) => messages[lang];
}
