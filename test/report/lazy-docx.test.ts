import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths.js';

interface Probe {
  atStart: string[];
  afterImport: string[];
  afterWrite: string[];
  bytes: number;
}

function probe(): Promise<Probe> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/report/support/docx-probe.ts'], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => {
    out += d;
  });
  child.stderr.on('data', (d) => {
    err += d;
  });
  return new Promise((resolve, reject) =>
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`probe failed: ${err}`)))),
  );
}

describe('the Word library is loaded when a report is written, not at start', () => {
  it('a fresh process with every command loaded has neither docx nor the chart packages until it writes', async () => {
    const { atStart, afterImport, afterWrite, bytes } = await probe();
    expect(atStart).toEqual([]);
    expect(afterImport).toEqual([]);
    // A report without a chart needs docx alone; the probe sees it, so the empty lists above mean something.
    expect(afterWrite).toEqual(['docx']);
    expect(bytes).toBeGreaterThan(0);
  });
});
