import { describe, expect, it } from 'vitest';
import { runProbe } from '../support/probe-process.js';

interface Probe {
  atStart: string[];
  afterImport: string[];
  afterWrite: string[];
  bytes: number;
}

const probe = () => runProbe<Probe>('test/report/support/docx-probe.ts');

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
