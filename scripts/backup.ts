// A consistent copy of the server's database while it keeps running (SQLite's online
// backup API, safe with WAL). Copying hearth.sqlite by hand while the server runs is not.
//
//   npm run backup -- [destination file]   (default: ./backups/hearth-YYYY-MM-DD.sqlite)
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { localDay } from '../protocol/day';

const dataDir = path.resolve(process.env.HEARTH_DATA_DIR ?? 'data');
const source = path.join(dataDir, 'hearth.sqlite');
const dest = path.resolve(process.argv[2] ?? path.join('backups', `hearth-${localDay()}.sqlite`));

mkdirSync(path.dirname(dest), { recursive: true, mode: 0o700 });
const db = new Database(source, { readonly: true, fileMustExist: true });
try {
  await db.backup(dest);
  console.log(`Backed up ${source} to ${dest}`);
} finally {
  db.close();
}
