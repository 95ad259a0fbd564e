import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { RankingChartData } from './ranking-input.js';

export interface DrawRequest {
  id: number;
  pages: RankingChartData[];
}

export type Drawn = { id: number; pngs: Uint8Array[] } | { id: number; error: string };

// From dist/ the drawer is the compiled JavaScript; from src/ (tests, tsx) it is the
// TypeScript beside this file, which Node reads through tsx.
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const DRAWER = fileURLToPath(new URL(`./chart-drawer.${FROM_SOURCE ? 'ts' : 'js'}`, import.meta.url));
/** A drawer idle this long ends: the next chart (a page more, a `/zone rank` after the post) finds it warm. */
const LINGER_MS = 15_000;

interface Waiting {
  resolve(pngs: Buffer[]): void;
  reject(err: Error): void;
}

/**
 * Charts are drawn in a child process that ends once it has been idle a
 * while. ECharts, resvg and the font cost some 60 MB, for charts the bot
 * draws a few times a month; a worker thread gave back only half of it when
 * it ended (resvg's allocator keeps a finished thread's memory), an ended
 * process gives back all, and its drawing holds up no answer meanwhile.
 */
class Drawer {
  private readonly waiting = new Map<number, Waiting>();
  private next = 0;
  private idle: NodeJS.Timeout | null = null;

  constructor(private readonly child: ChildProcess) {
    child.on('message', (drawn: Drawn) => this.take(drawn));
    child.once('exit', (code) => this.fail(new Error(`the chart drawer ended (code ${code})`)));
    child.once('error', (err) => this.fail(err));
  }

  /** Started ahead of a chart: it loads its packages meanwhile, and keeps nobody waiting should no chart come. */
  warm(): void {
    if (!this.waiting.size && !this.idle) this.letGo();
  }

  draw(pages: RankingChartData[]): Promise<Buffer[]> {
    if (!this.child.connected) return Promise.reject(new Error('the chart drawer has ended'));
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    // Held while it draws, so a terminal command waits for its chart; let go when idle, so nothing waits for the drawer.
    this.child.ref();
    this.child.channel?.ref();
    const id = ++this.next;
    const drawn = new Promise<Buffer[]>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    this.child.send({ id, pages } satisfies DrawRequest);
    return drawn;
  }

  private take(drawn: Drawn): void {
    const waiting = this.waiting.get(drawn.id);
    this.waiting.delete(drawn.id);
    if ('error' in drawn) waiting?.reject(new Error(`drawing the chart failed: ${drawn.error}`));
    else waiting?.resolve(drawn.pngs.map((png) => Buffer.from(png.buffer, png.byteOffset, png.byteLength)));
    if (!this.waiting.size) this.letGo();
  }

  private letGo(): void {
    this.child.unref();
    this.child.channel?.unref();
    this.idle = setTimeout(() => this.end(), LINGER_MS);
    this.idle.unref();
  }

  private end(): void {
    if (drawer === this) drawer = null;
    if (this.child.connected) this.child.disconnect();
  }

  /** The next chart starts a new drawer; those waiting on this one are told it failed. */
  private fail(err: Error): void {
    if (drawer === this) drawer = null;
    for (const { reject } of this.waiting.values()) reject(err);
    this.waiting.clear();
  }
}

let drawer: Drawer | null = null;

function startDrawer(): Drawer {
  const child = fork(DRAWER, {
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    // Not the bot's own options (a profiler's, a heap limit): only what reads the drawer's source.
    execArgv: FROM_SOURCE ? ['--import', 'tsx'] : [],
  });
  return new Drawer(child);
}

/**
 * Starts the drawing process if none is running, for a chart soon to come:
 * its packages load (some 0.8 s) while the caller works out what to draw.
 */
export function warmDrawer(): void {
  drawer ??= startDrawer();
  drawer.warm();
}

/** Draws the pages in the drawing process, started if none is running. */
export function drawInChildProcess(pages: RankingChartData[]): Promise<Buffer[]> {
  drawer ??= startDrawer();
  return drawer.draw(pages);
}
