import { DEFAULT_LANG, type Lang } from '../i18n/lang.js';
import type { Db } from '../store/database.js';
import { readLanguages, saveLanguage } from '../store/people-repository.js';
import { Cached } from './cached.js';

/** People's language choices, kept in memory since every answer needs one. */
export class PeopleService {
  private readonly languages: Cached<Map<string, Lang>>;

  constructor(private readonly db: Db) {
    this.languages = new Cached(() => readLanguages(db));
  }

  async language(userId: string): Promise<Lang> {
    return (await this.languages.get()).get(userId) ?? DEFAULT_LANG;
  }

  async setLanguage(userId: string, lang: Lang): Promise<void> {
    await saveLanguage(this.db, userId, lang);
    this.languages.invalidate();
  }
}
