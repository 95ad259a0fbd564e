import type { Purpose } from '../domain/channels.js';
import type { ChannelRecord } from '../store/channels-repository.js';
import { insertChannelSetting, readChannelSettings } from '../store/channels-repository.js';
import type { Database } from '../store/database.js';
import { Cached } from './cached.js';
import type { ChangeFeed } from './change-feed.js';

export type { ChannelRecord };

/**
 * Where the jobs post: a channel per purpose and per zone, set by admins and
 * kept with who set it and when, the same in every process.
 */
export class ChannelsService {
  private readonly settings: Cached<ChannelRecord[]>;

  constructor(
    private readonly database: Database,
    private readonly feed: ChangeFeed,
    private readonly clock: () => Date,
  ) {
    this.settings = new Cached(() => readChannelSettings(database.db));
    feed.on(['channel'], async () => this.settings.invalidate());
  }

  private async latest(purpose: string, zone: string | null): Promise<ChannelRecord | undefined> {
    return (await this.settings.get()).filter((r) => r.purpose === purpose && r.zone === zone).at(-1);
  }

  async channel(purpose: Purpose): Promise<string | null> {
    return (await this.latest(purpose, null))?.channelId ?? null;
  }

  async zoneChannel(zone: string): Promise<string | null> {
    return (await this.latest('zone', zone))?.channelId ?? null;
  }

  /** The channel of each purpose and zone now, with who set it. */
  async current(): Promise<ChannelRecord[]> {
    const latest = new Map<string, ChannelRecord>();
    for (const r of await this.settings.get()) latest.set(`${r.purpose}\u0000${r.zone ?? ''}`, r);
    return [...latest.values()];
  }

  async set(purpose: Purpose | 'zone', zone: string | null, channelId: string, by: string): Promise<void> {
    const record = { purpose, zone, channelId, setBy: by, setAt: this.clock() };
    await this.database.write((tx, log) => insertChannelSetting(tx, log, record));
    await this.feed.settle();
  }
}
