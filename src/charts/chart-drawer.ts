import '../wasm-tiers.js';
import type { Drawn, DrawRequest } from './chart-process.js';
import { drawRankingChart } from './ranking-picture.js';

// A child process's entry (see chart-process.ts): draws what it is sent, in
// turn, and ends when the bot lets it go.
process.on('message', async ({ id, pages }: DrawRequest) => {
  let answer: Drawn;
  try {
    const pngs: Buffer[] = [];
    for (const page of pages) pngs.push(await drawRankingChart(page));
    answer = { id, pngs };
  } catch (err) {
    answer = { id, error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
  process.send?.(answer);
});
process.on('disconnect', () => process.exit(0));
