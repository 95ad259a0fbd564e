import type { Answer } from './runner.js';

/** Enough for every command × zone × language many times over; beyond it the cache starts afresh. */
const MAX_ENTRIES = 5000;

interface Slot {
  plan: object;
  facts: object;
  entries: Map<string, Answer>;
}

/**
 * Answers to read commands, reused until the plan or the figures change: the
 * answer to `status xuwei` is the same for everyone asking in one language on
 * one day. Each plan has its entries, which belong to one reading of that plan
 * and one set of facts (by identity), so a write, which replaces the facts,
 * retires them all at once.
 */
export class ReplyCache {
  private readonly slots = new Map<string, Slot>();

  get(planKey: string, plan: object, facts: object, key: string): Answer | undefined {
    const slot = this.slots.get(planKey);
    if (slot?.plan !== plan || slot.facts !== facts) return undefined;
    return slot.entries.get(key);
  }

  set(planKey: string, plan: object, facts: object, key: string, answer: Answer): void {
    let slot = this.slots.get(planKey);
    if (slot?.plan !== plan || slot.facts !== facts || slot.entries.size >= MAX_ENTRIES) {
      slot = { plan, facts, entries: new Map() };
      this.slots.set(planKey, slot);
    }
    slot.entries.set(key, answer);
  }
}
