import type { GrantRecord } from '../domain/records.js';
import type { Actor, Grant } from '../domain/roles.js';
import type { Database } from '../store/database.js';
import { insertGrant, markRevoked, readActiveGrantsOf, readGrants } from '../store/roles-repository.js';
import { Cached } from './cached.js';
import type { ChangeFeed } from './change-feed.js';

const sameScope = (a: Grant, b: Grant) => a.role === b.role && a.zone === b.zone && a.unit === b.unit;

/**
 * Who holds which role: ZONE_ADMINS, plus grants made by admins. Answers read
 * them from memory, kept current from the change feed; a write is authorised
 * against the database's roles at that moment, never against memory.
 */
export class RolesService {
  private readonly grants: Cached<GrantRecord[]>;

  constructor(
    private readonly database: Database,
    private readonly feed: ChangeFeed,
    private readonly configAdminIds: string[],
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.grants = new Cached(() => readGrants(database.db));
    feed.on(['grant'], async () => this.grants.invalidate());
  }

  configAdmins(): string[] {
    return [...this.configAdminIds];
  }

  isConfigAdmin(userId: string): boolean {
    return this.configAdminIds.includes(userId);
  }

  private actorWith(userId: string, grants: Grant[]): Actor {
    return { userId, terminal: false, configAdmin: this.isConfigAdmin(userId), grants };
  }

  /** Someone's roles for an answer (what they see, which buttons they get). */
  async actor(userId: string): Promise<Actor> {
    const grants = (await this.active()).filter((g) => g.userId === userId);
    return this.actorWith(
      userId,
      grants.map(({ role, zone, unit }) => ({ role, zone, unit })),
    );
  }

  /** Someone's roles as the database holds them now, for deciding a write. */
  async current(actor: Actor): Promise<Actor> {
    if (actor.userId === null) return actor;
    return this.actorWith(actor.userId, await readActiveGrantsOf(this.database.db, actor.userId));
  }

  async history(): Promise<GrantRecord[]> {
    return this.grants.get();
  }

  async active(): Promise<GrantRecord[]> {
    return (await this.grants.get()).filter((g) => g.revokedAt === null);
  }

  /** The Slack users who hold a grant like this one; admins include ZONE_ADMINS. */
  async holders(grant: Grant): Promise<string[]> {
    const granted = (await this.active()).filter((g) => sameScope(g, grant)).map((g) => g.userId);
    return [...new Set(grant.role === 'admin' ? [...this.configAdminIds, ...granted] : granted)];
  }

  /** Grants a role; false when the user already holds it. */
  async grant(userId: string, grant: Grant, by: string): Promise<boolean> {
    const made = await this.database.write((tx, log) => insertGrant(tx, log, userId, grant, by, this.clock()));
    await this.feed.settle();
    return made;
  }

  /** Revokes a role; false when the user did not hold it. */
  async revoke(userId: string, grant: Grant, by: string): Promise<boolean> {
    const count = await this.database.write((tx, log) => markRevoked(tx, log, userId, grant, by, this.clock()));
    await this.feed.settle();
    return count > 0;
  }
}
