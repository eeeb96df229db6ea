// Budget 2: submit → sealed and committed, timed in Chromium on the harness page
// (bench/harness.ts), beside a raw IndexedDB put of a same-sized record in the same page.
import path from 'node:path';
import type { BenchRun } from './harness';
import { openContext, serveStatic } from './browser';
import { summarise, type Summary } from './stats';

export interface SubmitResult {
  submit: Summary;
  rawPut: Summary;
  rowBytes: number;
}

export async function benchSubmit(harnessDir: string, n: number): Promise<SubmitResult> {
  const server = await serveStatic(path.resolve(harnessDir));
  const { context, close } = await openContext(server.url);
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto('/');
    await page.waitForFunction(() => typeof window.runSubmitBench === 'function');
    // The floor first, then the app's path, each on its own database in the same page.
    const raw: BenchRun = await page.evaluate((count) => window.runRawPutBench(count), n);
    const sub: BenchRun = await page.evaluate((count) => window.runSubmitBench(count), n);
    if (errors.length) throw new Error(`harness page errors:\n${errors.join('\n')}`);
    // Warm-up rows are stored too, so "at least n" proves every timed operation landed.
    for (const [name, run] of [
      ['raw put', raw],
      ['submit', sub],
    ] as const) {
      if (run.stored < n) throw new Error(`${name}: only ${run.stored} of ${n} rows stored`);
    }
    if (Math.abs(raw.rowBytes - sub.rowBytes) > 64) {
      throw new Error(`rows differ in size: raw ${raw.rowBytes} B, submit ${sub.rowBytes} B`);
    }
    return {
      submit: summarise(sub.samples),
      rawPut: summarise(raw.samples),
      rowBytes: sub.rowBytes,
    };
  } finally {
    await close();
    await server.close();
  }
}
