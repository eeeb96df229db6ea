// `npm run bench` (after scripts/bench.mjs has built the app and the harness): measures the
// design §10 budgets this slice covers, prints them as a table with PASS/FAIL, writes
// .bench/results.json, and exits 1 if a budget (or a sanity check) fails.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { firstPaintFiles, GZIP_LEVEL } from './bundle';
import { benchCoordinator } from './coordinator';
import { benchIngest } from './ingest';
import { benchKiosk } from './kiosk';
import { benchSubmit } from './submit';
import { benchSync } from './sync';
import type { CpuSample } from './process-cpu';
import { kb, ms, round, table, type Row, type Summary } from './stats';

// Built by scripts/bench.mjs: the app into .bench/dist (dist/ is left to the e2e tests).
const OUT = fileURLToPath(new URL('../.bench', import.meta.url));
const DIST = path.join(OUT, 'dist');
const HARNESS = path.join(OUT, 'harness');
const COORDINATOR_HARNESS = path.join(OUT, 'coordinator-harness');
const SUBMITS = 1000;
const COLD_STARTS = 25;
const INGESTED = 20_000;
const INGEST_CONCURRENCY = 4;
const SYNCED = 10_000;
const REVIEWED = 100_000;

/** Design §10. Sizes in KB (1024 bytes), times in ms unless named otherwise. */
const BUDGET = {
  firstPaintKb: 60,
  submitP95: 20,
  coldStartP95: 300,
  ingestPerSecond: 5000,
  syncSeconds: 5,
  reviewSeconds: 5,
};

/** How busy Chromium was during a load: the review is CPU-bound on 2 cores. */
function cpuRow(cpu: CpuSample, wallMs: number): Row {
  const seconds = (v: number) => `${(v / 1000).toFixed(2)} s`;
  return {
    what: '  Chromium CPU during it (all processes)',
    value: round((cpu.userMs + cpu.systemMs) / 1000),
    unit: 's',
    note:
      `user ${seconds(cpu.userMs)} + kernel ${seconds(cpu.systemMs)} in ${seconds(wallMs)} on ` +
      `${cpus().length} cores; ${cpu.minorFaults} page faults`,
  };
}

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
  const assets = new Set(files.map((f) => `/${f.file}`));
  const kiosk = await benchKiosk(DIST, COLD_STARTS, assets);
  const extra = kiosk.fetchedBeforeStart.filter((s) => !assets.has(s));
  const notFetched = [...assets].filter((s) => !kiosk.fetchedBeforeStart.includes(s));
  const heldList = kiosk.heldUntilStart.join(' ') || '-';
  console.log(`  held back until Start was in the DOM: ${heldList}`);
  if (!kiosk.paintedWithOthersHeld)
    console.log(`  Start did NOT appear within 15 s with those held back`);
  console.log(
    `  fetched before Start was in the DOM:  ${kiosk.fetchedBeforeStart.join(' ') || '-'}`,
  );
  if (extra.length) console.log(`  NOT in the manifest set:              ${extra.join(' ')}`);
  if (notFetched.length)
    console.log(`  in the set but not fetched yet:       ${notFetched.join(' ')}`);
  const lazy = kiosk.fetchedByReady.filter((s) => !assets.has(s));
  console.log(`  fetched by Start enabled (lazy):      ${lazy.join(' ') || '-'}`);

  // 2. Submit vs raw put, in the harness page.
  console.log(`\nSubmit harness: ${SUBMITS} raw puts, then ${SUBMITS} submits …`);
  const submit = await benchSubmit(HARNESS, SUBMITS);
  const ratio = round(submit.submit.p95 / submit.rawPut.p95);

  // Budgets 5 and 4 (design §10 order): the endpoint, then a device syncing, each against
  // fresh server processes.
  console.log(`\nEndpoint ingest: ${INGESTED} records, ${INGEST_CONCURRENCY} at a time …`);
  const ingest = await benchIngest(DIST, INGESTED, INGEST_CONCURRENCY);
  console.log(`\nSync: ${SYNCED} records from Node, then from Chromium's outbox …`);
  const sync = await benchSync(DIST, SYNCED);
  const syncOk =
    sync.allStored && sync.statuses[200] === sync.batches && sync.batches === SYNCED / 500;
  console.log(`\nCoordinator: ${REVIEWED} records fetched, decrypted and aggregated in Chromium …`);
  const review = await benchCoordinator(DIST, COORDINATOR_HARNESS, REVIEWED);
  const { cold, warm } = review;

  const spread = (s: Summary) => `p50 ${ms(s.p50)}, max ${ms(s.max)}, n=${s.n}`;
  const budget = (
    what: string,
    value: number,
    unit: 'ms' | 's' | 'KB',
    max: number,
    note: string,
  ) => ({ what, value, unit, budget: max, pass: value <= max, note }) satisfies Row;
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
      value: kiosk.paintedWithOthersHeld && extra.length === 0,
      pass: kiosk.paintedWithOthersHeld && extra.length === 0,
      note:
        `Start painted with ${kiosk.fetchedBeforeStart.length} JS, ` +
        `${kiosk.heldUntilStart.length} others held back; ${lazy.length} lazy by Start enabled`,
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
    {
      what: 'Endpoint ingest, durable',
      value: ingest.endpoint.perSecond,
      unit: 'rec/s',
      budget: BUDGET.ingestPerSecond,
      atLeast: true,
      pass: ingest.endpoint.perSecond >= BUDGET.ingestPerSecond,
      note:
        `${ingest.records} in ${ingest.batches} × 500, ${ingest.concurrency} requests in flight ` +
        `(1 device each), round trip p50 ${ms(ingest.endpoint.perBatch.p50)}`,
    },
    {
      what: '  raw better-sqlite3 insert (reference)',
      value: ingest.raw.perSecond,
      unit: 'rec/s',
      note: `same rows, WAL + synchronous=FULL, 1 tx per 500, tx p50 ${ms(ingest.raw.perBatch.p50)}`,
    },
    {
      what: '  ratio endpoint / raw',
      value: round(ingest.endpoint.perSecond / ingest.raw.perSecond),
      unit: '×',
    },
    {
      what: '  server holds exactly what was sent',
      value: ingest.allStored,
      pass: ingest.allStored,
      note: 'every status "stored"; ids checked',
    },
    budget(
      `${SYNCED} queued records synced`,
      round(sync.doneMs / 1000),
      's',
      BUDGET.syncSeconds,
      `Chromium: Send now → run over, outbox empty; 0 waiting shown at ${(sync.emptyMs / 1000).toFixed(2)} s`,
    ),
    {
      what: '  same records POSTed from Node (reference)',
      value: round(sync.direct.ms / 1000),
      unit: 's',
      note: `sequential, 500 per batch, round trip p50 ${ms(sync.direct.perBatch.p50)}`,
    },
    {
      what: '  ratio browser sync / direct',
      value: round(sync.doneMs / sync.direct.ms),
      unit: '×',
    },
    {
      what: '  in the page: batch requests / rest',
      value: round(sync.inRequestsMs / 1000),
      unit: 's',
      note: `rest ${((sync.doneMs - sync.inRequestsMs) / 1000).toFixed(2)} s (outbox reads, deletes, UI); first request at ${ms(sync.firstRequestMs)}`,
    },
    {
      what: '  server holds exactly the outbox',
      value: syncOk,
      pass: syncOk,
      note: `${sync.batches} batches: ${Object.entries(sync.statuses)
        .map(([s, k]) => `${k} × ${s}`)
        .join(', ')}; outbox empty`,
    },
    budget(
      `${REVIEWED} records fetched + decrypted + aggregated`,
      round(cold.ms / 1000),
      's',
      BUDGET.reviewSeconds,
      `Chromium, empty cache: all fetched at ${(cold.fetchedMs / 1000).toFixed(2)} s, opened at ` +
        `${(cold.decryptedMs / 1000).toFixed(2)} s, aggregated in ${ms(cold.aggregateMs)}; ` +
        `${cold.progressReports} progress reports`,
    ),
    {
      what: '  raw AES-GCM decrypt, same records (reference)',
      value: round(review.raw.ms / 1000),
      unit: 's',
      note: 'same page, arguments made before the clock starts, keys derived in Node, 256 in flight',
    },
    { what: '  ratio review / raw decrypt', value: round(cold.ms / review.raw.ms), unit: '×' },
    ...(review.coldCpu ? [cpuRow(review.coldCpu, cold.ms)] : []),
    {
      what: '  reopened from the cache (reload, offline)',
      value: round(warm.ms / 1000),
      unit: 's',
      note: `nothing new on the server; opened at ${(warm.decryptedMs / 1000).toFixed(2)} s, ratio ${round(warm.ms / review.raw.ms)}× raw`,
    },
    {
      what: '  every record opened and counted',
      value: review.allOpened,
      pass: review.allOpened,
      note:
        `${review.counts.responses} responses + ${review.counts.events} events, ` +
        `${review.counts.sessions} sealing sessions, 0 unreadable; POSTed in ${review.seedSeconds} s`,
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
  const firstPaint = { files, gzipTotal };
  const results = { date, machine, rows, firstPaint, kiosk, submit, ingest, sync, review };
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
