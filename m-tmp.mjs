const { openDatabase } = await import('./dist/src/store/database.js');
const { readMigrations } = await import('./dist/src/store/migrate.js');
const { withSchemaEngine, NO_FILTERS } = await import('./dist/src/store/schema-engine.js');
const db = await openDatabase('file:/tmp/big5.db');
if (process.argv[2]) await db.db.$queryRawUnsafe('select 1');
try {
  const r = await withSchemaEngine(db.adapter, (e) =>
    e.applyMigrations({ migrationsList: readMigrations('sqlite'), filters: NO_FILTERS }),
  );
  console.log('ok', r);
} catch (e) {
  console.log('ERR', String(e).slice(0, 120));
}
await db.close();
