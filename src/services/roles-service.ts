import type { Actor, Grant } from '../domain/roles.js';
import type { Db } from '../store/database.js';
import { type GrantRecord, insertGrant, markRevoked, readGrants } from '../store/roles-repository.js';
import { Cached } from './cached.js';

const sameScope = (a: Grant, b: Grant) => a.role === b.role && a.zone === b.zone && a.unit === b.unit;

/** Who holds which role: ZONE_ADMINS, plus grants made by admins (kept in memory, reread after a change). */
export class RolesService {
  private readonly grants: Cached<GrantRecord[]>;

  constructor(
    private readonly db: Db,
    private readonly configAdminIds: string[],
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.grants = new Cached(() => readGrants(db));
  }

  configAdmins(): string[] {
    return [...this.configAdminIds];
  }

  isConfigAdmin(userId: string): boolean {
    return this.configAdminIds.includes(userId);
  }

  async actor(userId: string): Promise<Actor> {
    const grants = (await this.active()).filter((g) => g.userId === userId);
    return {
      userId,
      terminal: false,
      configAdmin: this.isConfigAdmin(userId),
      grants: grants.map(({ role, zone, unit }) => ({ role, zone, unit })),
    };
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
    if ((await this.active()).some((g) => g.userId === userId && sameScope(g, grant))) return false;
    await insertGrant(this.db, userId, grant, by, this.clock());
    this.grants.invalidate();
    return true;
  }

  /** Revokes a role; false when the user did not hold it. */
  async revoke(userId: string, grant: Grant, by: string): Promise<boolean> {
    const count = await markRevoked(this.db, userId, grant, by, this.clock());
    this.grants.invalidate();
    return count > 0;
  }
}
