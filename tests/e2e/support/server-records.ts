import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { StoredRecord } from '../../../protocol/api';
import type { CoordinatorClient } from '../../support/coordinator-api';

/** Every record the server holds, paged by cursor through the coordinator API. */
export async function allServerRecords(coord: CoordinatorClient): Promise<StoredRecord[]> {
  const out: StoredRecord[] = [];
  let after: string | null = '0';
  while (after !== null) {
    const res = await coord.request('GET', `/api/v1/records?after=${after}&limit=5000`);
    if (!res.ok) throw new Error(`records: ${res.status}`);
    const page = (await res.json()) as { records: StoredRecord[]; next: string | null };
    out.push(...page.records);
    after = page.next;
  }
  return out;
}

/** The raw bytes of every file in the server's data folder (the database, its WAL…). */
export function dataFolderBytes(dataDir: string): Buffer {
  return Buffer.concat(readdirSync(dataDir).map((name) => readFileSync(path.join(dataDir, name))));
}
