// `npm run bench` (after scripts/bench.mjs has built the app and the harness): measures the
// design §10 budgets this slice covers, prints them as a table with PASS/FAIL, writes
// .bench/results.json, and exits 1 if a budget (or a sanity check) fails.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { firstPaintFiles, GZIP_LEVEL } from './bundle';
import { benchKiosk } from './kiosk';
import { benchSubmit } from './submit';
import { kb, ms, round, table, type Row, type Summary } from './stats';

// Built by scripts/bench.mjs: the app into .bench/dist (dist/ is left to the e2e tests).
const OUT = fileURLToPath(new URL('../.bench', import.meta.url));
const DIST = path.join(OUT, 'dist');
const HARNESS = path.join(OUT, 'harness');
const SUBMITS = 1000;
const COLD_STARTS = 25;

/** Design §10. Sizes in KB (1024 bytes), times in ms. */
const BUDGET = { firstPaintKb: 60, submitP95: 20, coldStartP95: 300 };

async function main(): Promise<number> {
  const date = new Date().toISOString();
  // Other work on the machine shows up in the tails: say how busy it was.
  const loadAtStart = round(loadavg()[0]!);

  // 1. First-paint JS, from the build manifest.
  const files = firstPaintFiles(DIST);
  const gzipTotal = files.reduce((sum, f) => sum + f.gzip, 0);
  console.log(
    `\nKiosk first-paint JS (manifest: entry + KioskApp, static imports; gzip -${GZIP_LEVEL}):`,
  );
  for (const f of files)
    console.log(`  ${f.file.padEnd(40)} ${kb(f.bytes).padStart(9)}  gzip ${kb(f.gzip)}`);

  // 3 (and the browser half of 1): the real server and app, one kiosk device.
  console.log(`\nKiosk in Chromium: cross-check, then ${COLD_STARTS} offline cold starts ×2 …`);
  const kiosk = await benchKiosk(DIST, COLD_STARTS);
  const assets = new Set(files.map((f) => `/${f.file}`));
  const extra = kiosk.fetchedBeforeStart.filter((s) => !assets.has(s));
  const notFetched = [...assets].filter((s) => !kiosk.fetchedBeforeStart.includes(s));
  console.log(
    `  fetched before Start was in the DOM: ${kiosk.fetchedBeforeStart.join(' ') || '-'}`,
  );
  console.log(`  fetched after (lazy):                ${kiosk.fetchedAfterStart.join(' ') || '-'}`);
  if (extra.length) console.log(`  NOT in the manifest set:             ${extra.join(' ')}`);
  if (notFetched.length)
    console.log(`  in the set but not fetched yet:      ${notFetched.join(' ')}`);

  // 2. Submit vs raw put, in the harness page.
  console.log(`\nSubmit harness: ${SUBMITS} raw puts, then ${SUBMITS} submits …`);
  const submit = await benchSubmit(HARNESS, SUBMITS);
  const ratio = round(submit.submit.p95 / submit.rawPut.p95);

  const spread = (s: Summary) => `p50 ${ms(s.p50)}, max ${ms(s.max)}, n=${s.n}`;
  const budget = (what: string, value: number, unit: 'ms' | 'KB', max: number, note: string) =>
    ({ what, value, unit, budget: max, pass: value <= max, note }) satisfies Row;
  const gzipKb = round(gzipTotal / 1024);
  const rows: Row[] = [
    budget(
      'Kiosk first-paint JS, gzip',
      gzipKb,
      'KB',
      BUDGET.firstPaintKb,
      `${files.length} files, zlib level ${GZIP_LEVEL}`,
    ),
    {
      what: '  browser fetched ⊆ manifest set',
      value: extra.length === 0,
      pass: extra.length === 0,
      note: `${kiosk.fetchedBeforeStart.length} JS before Start, ${kiosk.fetchedAfterStart.length} after`,
    },
    budget(
      'Submit → sealed + committed, p95',
      submit.submit.p95,
      'ms',
      BUDGET.submitP95,
      spread(submit.submit),
    ),
    {
      what: '  raw IndexedDB put, p95 (reference)',
      value: submit.rawPut.p95,
      unit: 'ms',
      note: `${spread(submit.rawPut)}, row ${submit.rowBytes} B`,
    },
    { what: '  ratio submit / raw put (p95)', value: ratio, unit: '×' },
    budget(
      'Offline cold start → Start enabled, p95',
      kiosk.coldStart.p95,
      'ms',
      BUDGET.coldStartP95,
      `${spread(kiosk.coldStart)}, SW already running`,
    ),
    {
      what: '  Start shown (disabled), p95',
      value: kiosk.coldStartPainted.p95,
      unit: 'ms',
      note: `${spread(kiosk.coldStartPainted)}, same runs`,
    },
    {
      what: '  same, SW stopped first (reference)',
      value: kiosk.coldStartSwStopped.p95,
      unit: 'ms',
      note: `${spread(kiosk.coldStartSwStopped)}, includes SW startup`,
    },
    {
      what: '  served by the service worker',
      value: kiosk.allFromServiceWorker,
      pass: kiosk.allFromServiceWorker,
      note: 'every offline document and script',
    },
  ];
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    node: process.version,
    chromium: kiosk.chromium,
    load1m: { start: loadAtStart, end: round(loadavg()[0]!) },
  };
  console.log(`\nHearth bench, ${date}`);
  console.log(
    `machine: ${machine.cpus} × ${machine.cpuModel}, node ${machine.node}, chromium ${machine.chromium}, ` +
      `load avg (1 min) ${machine.load1m.start} → ${machine.load1m.end}\n`,
  );
  console.log(table(rows));

  const failed = rows.filter((r) => r.pass === false);
  mkdirSync(OUT, { recursive: true });
  const results = { date, machine, rows, firstPaint: { files, gzipTotal }, kiosk, submit };
  writeFileSync(path.join(OUT, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(
    `\n${failed.length ? `FAILED: ${failed.map((r) => r.what.trim()).join('; ')}` : 'All budgets met.'}`,
  );
  console.log('Results written to .bench/results.json');
  return failed.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(2);
  },
);
