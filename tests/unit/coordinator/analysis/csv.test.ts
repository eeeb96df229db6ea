import { describe, expect, it } from 'vitest';
import { aggregateCsv, csvField, perRowCsv, toCsv } from '../../../../src/coordinator/analysis/csv';
import { summariseForm } from '../../../../src/coordinator/analysis/summaries';
import { context, dataset, row, rows } from './helpers';

const BOM = '\uFEFF';

describe('CSV encoding', () => {
  it('quotes per RFC 4180, ends lines with CRLF and starts with a BOM', () => {
    expect(
      toCsv([
        ['a', 'b,c'],
        ['say "hi"', 'two\nlines'],
      ]),
    ).toBe(`${BOM}a,"b,c"\r\n"say ""hi""","two\nlines"\r\n`);
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-2')).toBe("'-2");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tx')).toBe("'\tx");
    expect(csvField('\rx')).toBe(`"'\rx"`);
    expect(csvField(-3)).toBe('-3'); // numbers are data
    expect(csvField('fine = ok')).toBe('fine = ok');
  });
});

describe('aggregate CSV', () => {
  it('writes what the screen shows: counts, "fewer than k" and rounding', () => {
    const data = dataset([...rows(12, { recommend: 'yes' }), ...rows(3, { recommend: 'no' })]);
    const ctx = context(data);
    const csv = aggregateCsv([summariseForm(data.responses, 'survivor-feedback', ctx)]);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('Form,Question,Answer,Count');
    expect(lines).toContain('Tell us about the support you got,,Responses,15');
    expect(lines).toContain(
      'Tell us about the support you got,Would you tell a friend to come to us for support?,No,fewer than 10',
    );
    expect(lines).toContain(
      'Tell us about the support you got,Would you tell a friend to come to us for support?,Yes,fewer than 10',
    );
    const rounded = aggregateCsv([
      summariseForm(data.responses, 'survivor-feedback', ctx, { round: true }),
    ]);
    expect(rounded).toContain(',Responses,15\r\n');
    expect(rounded).toContain(',Answered,15\r\n');
  });

  it('writes only the response count when the form has fewer than k', () => {
    const data = dataset(rows(4, { recommend: 'yes' }));
    const csv = aggregateCsv([summariseForm(data.responses, 'survivor-feedback', context(data))]);
    expect(csv).toBe(
      `${BOM}Form,Question,Answer,Count\r\nTell us about the support you got,,Responses,fewer than 10\r\n`,
    );
  });
});

describe('per-row CSV', () => {
  it('has one line per response and one column per question, multiple choices joined', () => {
    const data = dataset([
      row(
        {
          needs: ['children', 'stalking'],
          relevance: 4,
          do_differently: '=cmd|x',
          coercive_before: 2,
        },
        { formId: 'training-feedback', mode: 'assisted', eventId: 'ev-1', day: '2025-03-04' },
      ),
      row({ gender_bands: { woman: 2, man: 1 } }, { formId: 'event-attendance', mode: 'staff' }),
    ]);
    const csv = perRowCsv(data.responses, 'training-feedback', context(data).catalogue);
    const [header, line, end] = csv.slice(1).split('\r\n');
    expect(end).toBe('');
    expect(header?.startsWith('Day,Form version,Language,Event,Mode,What is your role?,')).toBe(
      true,
    );
    expect(line).toContain('2025-03-04,1,en,ev-1,assisted,');
    expect(line).toContain(',Children and young people affected by abuse; Stalking and harassment');
    expect(line).toContain(",'=cmd|x,");
    const tally = perRowCsv(data.responses, 'event-attendance', context(data).catalogue);
    expect(tally).toContain('Woman: 2; Man: 1');
  });
});
