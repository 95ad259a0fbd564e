/** How far behind 序时进度 a target may fall before it turns yellow, then red, and when a deadline is near. */
export interface Thresholds {
  yellowPoints: number;
  redPoints: number;
  dueSoonDays: number;
}
