import { setFlagsFromString } from 'node:v8';

/**
 * Prisma compiles every query in WebAssembly. V8 compiles such code twice by
 * default, quickly (Liftoff) and then optimised (TurboFan) in the background;
 * for Prisma's compiler the second costs some 50 MB of memory and a few
 * hundred milliseconds at start, and measured no faster per query
 * (test/bench). Imported first by each entry point, before any WebAssembly
 * is compiled.
 */
setFlagsFromString('--liftoff-only');
