import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvRecord } from '../../src/domain/csv-record.js';

describe('csvRecord', () => {
  it('quotes only the cells that need it, doubling their quotes, and ends the line with CRLF', () => {
    expect(csvRecord(['徐圩新区', 'a,b', 'say "hi"', 'line\nbreak', 'cr\r', '', "'=1"])).toBe(
      '徐圩新区,"a,b","say ""hi""","line\nbreak","cr\r",,\'=1\r\n',
    );
  });

  it('reads back as the cells it was given, whatever they hold', () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom(',', '"', '\r\n', '\n', '\r', '""', ' '));
    fc.assert(
      fc.property(fc.array(cell, { minLength: 2, maxLength: 8 }), (cells) => {
        expect(parse(csvRecord(cells), { relax_column_count: true })).toEqual([cells]);
      }),
    );
  });
});
