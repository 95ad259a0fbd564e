import { readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

// `npm run bundle`: links zonebot's own modules, compiled to dist/src/, into one file per entry
// point in dist/bundle/, which `npm start`, the `zonebot` bin and the chart drawer run.

const { dependencies } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** Every dependency but the `linked` ones, with its subpaths, left to node_modules. */
const externalBut = (...linked) =>
  Object.keys(dependencies)
    .filter((name) => !linked.includes(name))
    .flatMap((name) => [name, `${name}/*`]);

const common = { bundle: true, platform: 'node', outdir: 'dist/bundle', entryNames: '[name]', logLevel: 'warning' };

rmSync('dist/bundle', { recursive: true, force: true });
// The server and the terminal are CommonJS and leave the packages in node_modules, loaded by
// `require`: an ES module that imports a CommonJS package has Node parse that package's source
// for its export names first, which cost every start ~150 ms for Prisma's runtime, Bolt and the
// rest. The schema engine's glue is an ES module only, which `require` cannot load on Node 20,
// so it is linked in (28 kB, loaded only when migrations are pending).
await build({
  ...common,
  entryPoints: ['dist/src/main.js', 'dist/src/cli.js'],
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  external: externalBut('@prisma/schema-engine-wasm'),
  // The modules find their files from their own address, which CommonJS gives as __filename.
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
});
// The chart drawer, a process of its own, is an ES module, as ECharts' modules are, and links
// ECharts in: loading its few hundred files one by one cost each chart some 250 ms on one core.
await build({
  ...common,
  entryPoints: ['dist/src/charts/chart-drawer.js'],
  format: 'esm',
  external: externalBut('echarts'),
});
