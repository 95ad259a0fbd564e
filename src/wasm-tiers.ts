import { setFlagsFromString } from 'node:v8';

/**
 * Prisma compiles every query in WebAssembly, and the chart drawer cuts its
 * font with HarfBuzz's. V8 compiles such code twice by default, quickly
 * (Liftoff) and then optimised (TurboFan) in the background. For Prisma's
 * compiler the second costs some 50 MB of memory and a few hundred
 * milliseconds at start, and measured no faster per query (test/bench); for
 * HarfBuzz it took ~350 ms of the one core a drawing may have, for a subset
 * Liftoff's code makes in ~70 ms. Imported first by each entry point, before
 * any WebAssembly is compiled.
 */
setFlagsFromString('--liftoff-only');
