import { describe, expect, it } from 'vitest';
import { decryptorOver } from '../../../../src/coordinator/review/pipeline/decryptor';
import type { FromWorker, ToWorker } from '../../../../src/coordinator/review/pipeline/messages';
import { unlockedKeys } from './helpers';

describe('the loader’s handle on a decrypt worker', () => {
  it('fails a job whose rows the page cannot read, instead of leaving it waiting', async () => {
    const keys = await unlockedKeys();
    let reply: (m: FromWorker) => void = () => undefined;
    const port = {
      send(m: ToWorker) {
        if (m.type !== 'decrypt') return;
        // Two records named, one plaintext sent: not what any worker writes.
        const rows = {
          plaintexts: new TextEncoder().encode('{}'),
          ids: ['a', 'b'],
          seqs: [1, 2],
          receivedDays: ['2025-03-01', '2025-03-01'],
          unreadable: [],
        };
        queueMicrotask(() => {
          reply({ type: 'rows', job: m.job, rows, records: 2 });
          reply({ type: 'done', job: m.job });
        });
      },
      listen: (l: (m: FromWorker) => void) => (reply = l),
      close: () => undefined,
    };
    const decryptor = decryptorOver(port, keys.encryption, 'unused');
    const onRows: unknown[] = [];
    await expect(decryptor.decrypt(0, 2, (r) => onRows.push(r))).rejects.toThrow(
      /rows out of step/,
    );
    expect(onRows).toEqual([]);
  });
});
