/** The kinds of scheduled post an admin points at a channel. */
export const PURPOSES = ['nudges', 'rankings', 'digest', 'leadership'] as const;
export type Purpose = (typeof PURPOSES)[number];
