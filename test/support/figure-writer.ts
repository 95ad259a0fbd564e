// A process of its own writing figures through Database.write, one transaction
// each, for as long as it lives, as a busy bot would: it prints each figure's id
// once its transaction has committed. Usage: figure-writer.ts <DATABASE_URL>
import { openDatabase } from '../../src/store/database.js';

const database = await openDatabase(process.argv[2] ?? '');
const zone = await database.db.zone.findFirstOrThrow({ select: { id: true } });
const indicator = await database.db.indicator.findFirstOrThrow({ select: { id: true } });
for (let n = 0; ; n++) {
  const id = await database.write(async (tx, log) => {
    const figure = await tx.figure.create({
      data: {
        zoneId: zone.id,
        indicatorId: indicator.id,
        period: '2025-12',
        value: n,
        enteredBy: 'writer',
        enteredAt: new Date(),
      },
      select: { id: true },
    });
    log('figure', { fromId: figure.id, toId: figure.id });
    return figure.id;
  });
  process.stdout.write(`${id}\n`);
}
