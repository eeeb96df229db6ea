import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import {
  codeGroups,
  fingerprintGroups,
  formatDateTime,
  formatDay,
  spelledOut,
} from '../../../../src/coordinator/manage/format';
import { QUIET_ZONE, qrDrawing } from '../../../../src/coordinator/manage/qr';

const URL_TEXT = 'https://hearth.example.org/outreach?enrol=ABCDE-FGHJK&fp=' + 'x'.repeat(43);

describe('enrolment QR code', () => {
  it('draws one square per dark module, inside a quiet zone', () => {
    const { data } = encode(URL_TEXT, { ecc: 'M', border: 0 });
    const drawing = qrDrawing(URL_TEXT);
    expect(drawing.size).toBe(data.length + 2 * QUIET_ZONE);
    const dark = data.flat().filter(Boolean).length;
    expect(drawing.path.match(/M/g)).toHaveLength(dark);
    // The top-left finder pattern's corner module sits just inside the quiet zone.
    expect(drawing.path.startsWith(`M${QUIET_ZONE} ${QUIET_ZONE}h1v1h-1z`)).toBe(true);
    // Nothing is drawn in the quiet zone.
    const coords = [...drawing.path.matchAll(/M(\d+) (\d+)/g)].map((m) => [+m[1]!, +m[2]!]);
    const max = drawing.size - QUIET_ZONE;
    expect(
      coords.every(([x, y]) => x! >= QUIET_ZONE && y! >= QUIET_ZONE && x! < max && y! < max),
    ).toBe(true);
  });

  it('changes with the text it carries', () => {
    expect(qrDrawing(URL_TEXT).path).not.toBe(qrDrawing(`${URL_TEXT}y`).path);
  });
});

describe('codes, days and fingerprints for people', () => {
  it('groups and spells out a code', () => {
    expect(codeGroups('ABCDE-FGHJK')).toEqual(['ABCDE', 'FGHJK']);
    expect(spelledOut('ABCDE-FGHJK')).toBe('A B C D E, F G H J K');
  });

  it('writes a day without shifting it by time zone', () => {
    expect(formatDay('2025-03-08')).toBe('8 Mar 2025');
    expect(formatDay('2024-12-31')).toBe('31 Dec 2024');
    expect(formatDay('not a day')).toBe('not a day');
  });

  it('writes an expiry time in full, and leaves nonsense alone', () => {
    expect(formatDateTime('2025-03-08T14:30:00.000Z')).toMatch(/2025/);
    expect(formatDateTime('soon')).toBe('soon');
  });

  it('groups a fingerprint in fours', () => {
    expect(fingerprintGroups('abcdefghij')).toBe('abcd efgh ij');
  });
});
