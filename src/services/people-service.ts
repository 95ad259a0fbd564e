import { DEFAULT_LANG, type Lang } from '../i18n/lang.js';
import type { Database } from '../store/database.js';
import { readLanguages, saveLanguage } from '../store/people-repository.js';
import { Cached } from './cached.js';
import type { ChangeFeed } from './change-feed.js';

/** People's language choices, kept in memory since every answer needs one, and kept current from the change feed. */
export class PeopleService {
  private readonly languages: Cached<Map<string, Lang>>;

  constructor(
    private readonly database: Database,
    private readonly feed: ChangeFeed,
  ) {
    this.languages = new Cached(() => readLanguages(database.db));
    feed.on(['person'], async (changes) => {
      if (!this.languages.isLoaded()) return;
      const known = await this.languages.get();
      for (const c of changes) {
        if (c.fromId === null || c.toId === null) continue;
        for (const [user, lang] of await readLanguages(database.db, { fromId: c.fromId, toId: c.toId })) {
          known.set(user, lang);
        }
      }
    });
  }

  async language(userId: string): Promise<Lang> {
    return (await this.languages.get()).get(userId) ?? DEFAULT_LANG;
  }

  async setLanguage(userId: string, lang: Lang): Promise<void> {
    await this.database.write((tx, log) => saveLanguage(tx, log, userId, lang));
    await this.feed.settle();
  }
}
