import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import * as bindings from '@prisma/schema-engine-wasm/schema_engine_bg';

// The native schema engine behind `prisma migrate` cannot be downloaded offline,
// so zonebot drives Prisma's WebAssembly build of the same engine. Its package
// ships wasm-bindgen glue that imports the .wasm as an ES module, which Node 20
// cannot do; instantiating it here by hand is what that glue would do.
// It is an internal API, pinned in package.json and covered by test/store.

export type SchemaEngine = bindings.SchemaEngine;
export type MigrationList = bindings.MigrationList;

// @types/node 20 declares no WebAssembly globals, and the DOM lib would bring far more than this.
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: WasmExports };
}
type WasmExports = Record<string, unknown> & { __wbindgen_start?: () => void };
const { WebAssembly: wasm } = globalThis as unknown as { WebAssembly: WasmApi };

let instantiated = false;

function instantiate(): void {
  if (instantiated) return;
  // Resolved through require, which every loader supports (vitest's module runner has no import.meta.resolve).
  const glue = createRequire(import.meta.url).resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const url = new URL('schema_engine_bg.wasm', pathToFileURL(glue));
  const module = new wasm.Module(readFileSync(url));
  const { exports } = new wasm.Instance(module, { './schema_engine_bg.js': bindings });
  (bindings as unknown as { __wbg_set_wasm(e: WasmExports): void }).__wbg_set_wasm(exports);
  exports.__wbindgen_start?.();
  instantiated = true;
}

export const NO_FILTERS: bindings.SchemaFilter = { externalTables: [], externalEnums: [] };

/**
 * Runs `fn` with the engine on a database reached through a Prisma driver adapter
 * factory. The engine never closes the connections it opens, and an open SQLite
 * connection keeps a lock that makes the next engine wait and fail with
 * SQLITE_BUSY, so every connection it opened is disposed when `fn` is done.
 */
export async function withSchemaEngine<T>(
  factory: SqlMigrationAwareDriverAdapterFactory,
  fn: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  instantiate();
  const opened: { dispose(): Promise<void> }[] = [];
  const track = async <A extends { dispose(): Promise<void> }>(connecting: Promise<A>): Promise<A> => {
    const connection = await connecting;
    opened.push(connection);
    return connection;
  };
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => track(factory.connect()),
    connectToShadowDb: () => track(factory.connectToShadowDb()),
  };
  const engine = await bindings.SchemaEngine.new(
    { datamodels: undefined },
    () => {},
    bindMigrationAwareSqlAdapterFactory(tracked),
  );
  try {
    return await fn(engine);
  } finally {
    engine.free();
    await Promise.all(opened.map((c) => c.dispose()));
  }
}

/** The SQL that takes a database from one schema to another (empty when they match). */
export function diffSchemas(
  factory: SqlMigrationAwareDriverAdapterFactory,
  from: string | null,
  to: string,
): Promise<string> {
  return withSchemaEngine(factory, async (engine) => {
    const result = await engine.diff({
      from:
        from === null ? { tag: 'empty' } : { tag: 'schemaDatamodel', files: [{ path: 'from.prisma', content: from }] },
      to: { tag: 'schemaDatamodel', files: [{ path: 'to.prisma', content: to }] },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    return result.stdout ?? '';
  });
}
