export const ROLES = ['admin', 'leadership', 'reporter', 'officer'] as const;
export type Role = (typeof ROLES)[number];

/** A role someone holds: a reporter for one zone, an officer for one unit, admin and leadership for all. */
export interface Grant {
  role: Role;
  zone: string | null;
  unit: string | null;
}

/** Who is acting, and with what roles. */
export interface Actor {
  /** The Slack user; null for the terminal. */
  userId: string | null;
  /** Someone at the server's terminal already has the machine, and acts as an admin. */
  terminal: boolean;
  /** Named in ZONE_ADMINS. */
  configAdmin: boolean;
  grants: Grant[];
}

export const TERMINAL_ACTOR: Actor = { userId: null, terminal: true, configAdmin: false, grants: [] };

/** A role that must name a zone, a unit, or neither. */
export function scopeOf(role: Role): 'zone' | 'unit' | 'none' {
  return role === 'reporter' ? 'zone' : role === 'officer' ? 'unit' : 'none';
}

export function isAdmin(actor: Actor): boolean {
  return actor.terminal || actor.configAdmin || actor.grants.some((g) => g.role === 'admin');
}

export function isLeadership(actor: Actor): boolean {
  return actor.grants.some((g) => g.role === 'leadership');
}

export function reporterZones(actor: Actor): string[] {
  return actor.grants.filter((g) => g.role === 'reporter' && g.zone !== null).map((g) => g.zone as string);
}

export function officerUnits(actor: Actor): string[] {
  return actor.grants.filter((g) => g.role === 'officer' && g.unit !== null).map((g) => g.unit as string);
}
