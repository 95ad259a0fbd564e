import { setFlagsFromString } from 'node:v8';

// The terminal's floor: a process that does nothing but what any program on
// Prisma 7 must, as zonebot's terminal does it (the same client, adapter and
// WebAssembly tier): import the generated client and its driver adapter, open
// DATABASE_URL and answer one query. ZONEBOT_CLIENT_DIR names the folder of
// zonebot's generated clients; the query's rows are printed so its answer is
// checked like the terminal's.

setFlagsFromString('--liftoff-only');

const url = process.env.DATABASE_URL as string;
const clients = process.env.ZONEBOT_CLIENT_DIR as string;

async function open() {
  if (url.startsWith('file:')) {
    const [{ PrismaBetterSqlite3 }, { PrismaClient }] = await Promise.all([
      import('@prisma/adapter-better-sqlite3'),
      import(`${clients}/sqlite/client.js`),
    ]);
    return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url }) });
  }
  const [{ PrismaPg }, { PrismaClient }] = await Promise.all([
    import('@prisma/adapter-pg'),
    import(`${clients}/postgresql/client.js`),
  ]);
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
}

const db = await open();
const plans: { key: string }[] = await db.plan.findMany({ select: { key: true } });
process.stdout.write(`${plans.map((p) => p.key).join('\n')}\n`);
await db.$disconnect();
