/** A plan file that cannot be loaded; the message lists every problem, each with where it is. */
export class PlanDataError extends Error {
  override name = 'PlanDataError';
}
