import type { Answer } from './runner.js';

/** Enough for every command × zone × language many times over; beyond it the cache starts afresh. */
const MAX_ENTRIES = 5000;

/**
 * Answers to read commands, reused until the plan or the figures change: the
 * answer to `status xuwei` is the same for everyone asking in one language on
 * one day. Entries belong to one plan and one set of facts (by identity), so a
 * write, which replaces the facts, retires them all at once.
 */
export class ReplyCache {
  private entries = new Map<string, Answer>();
  private owner: { plan: object; facts: object } | null = null;

  get(plan: object, facts: object, key: string): Answer | undefined {
    if (this.owner?.plan !== plan || this.owner.facts !== facts) return undefined;
    return this.entries.get(key);
  }

  set(plan: object, facts: object, key: string, answer: Answer): void {
    if (this.owner?.plan !== plan || this.owner.facts !== facts || this.entries.size >= MAX_ENTRIES) {
      this.entries = new Map();
      this.owner = { plan, facts };
    }
    this.entries.set(key, answer);
  }
}
