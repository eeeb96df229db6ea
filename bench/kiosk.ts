// Budget 1 (browser cross-check) and budget 3 (offline cold start) on the real server
// running the built app, in one Chromium profile set up as a kiosk device.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { prepareDevice, waitForServiceWorker } from '../tests/e2e/support/device';
import { startServer } from '../tests/e2e/support/server';
import { createTestPartnership } from '../tests/support/partnership';
import { chromiumVersion, openContext } from './browser';
import { summarise, type Summary } from './stats';

/** What the init script below records in each page, in performance.now() time. */
interface Marks {
  /** The Start button is in the DOM (it paints disabled, then enables once ready). */
  visibleAt?: number;
  /** JS files whose fetch had completed at visibleAt (resource timing, so in-page). */
  scriptsAtVisible?: string[];
  /** The Start button is enabled: the form can be started. */
  readyAt?: number;
}
type Marked = Window & { __bench: Marks };

/**
 * Runs before any page script. A MutationObserver fires in the same task as the DOM change
 * that enables the button, so readyAt is exact, not rounded up to the next poll or frame.
 * performance.now() counts from the navigation's time origin.
 */
function markStartButton() {
  // No local named functions in here: tsx (esbuild keepNames) would wrap them in a __name()
  // helper that does not exist in the page once Playwright serialises this function.
  const marks: Marks = ((window as unknown as Marked).__bench = {});
  const observer = new MutationObserver(() => {
    const button = [...document.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'Start',
    );
    if (!button) return;
    if (marks.visibleAt === undefined) {
      marks.visibleAt = performance.now();
      marks.scriptsAtVisible = performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname)
        .filter((p) => p.endsWith('.js'));
    }
    if (!button.disabled) {
      marks.readyAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
}

async function marksWhenReady(page: Page): Promise<Marks & { readyAt: number; scripts: string[] }> {
  // The exact time is the observer's; a slow poll just keeps Playwright out of the page's way.
  await page.waitForFunction(
    () => (window as unknown as Marked).__bench.readyAt !== undefined,
    null,
    {
      polling: 100,
    },
  );
  return page.evaluate(() => ({
    ...(window as unknown as Marked).__bench,
    readyAt: (window as unknown as Marked).__bench.readyAt!,
    scripts: performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.endsWith('.js')),
  }));
}

export interface KioskResult {
  chromium: string;
  /**
   * The cross-check visit (online, past the service worker), every JS file outside the
   * first-paint set held back until Start was in the DOM: whether Start got there, and the
   * JS fetched by then.
   */
  paintedWithOthersHeld: boolean;
  fetchedBeforeStart: string[];
  /** The files that visit held back (what the kiosk asked for before Start, beyond the set). */
  heldUntilStart: string[];
  /** JS a normal online visit (under the service worker) fetched up to Start enabled. */
  fetchedByReady: string[];
  coldStart: Summary;
  /** Navigation start → Start button in the DOM (still disabled): first paint, same runs. */
  coldStartPainted: Summary;
  /** Same, but with the service worker stopped before each run (it must start up too). */
  coldStartSwStopped: Summary;
  /** Every offline document and script response came from the service worker. */
  allFromServiceWorker: boolean;
}

/** How long the cross-check waits for Start with the other files held back. */
const CROSS_CHECK_TIMEOUT_MS = 15_000;

/**
 * `firstPaint`: the files ("/assets/x.js") the build manifest says the first paint needs
 * (bench/bundle.ts); the cross-check tests that claim.
 */
export async function benchKiosk(
  distDir: string,
  runs: number,
  firstPaint: ReadonlySet<string>,
): Promise<KioskResult> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'hearth-bench-data-'));
  const server = await startServer({ port: 0, dataDir, distDir });
  const { context, close } = await openContext(server.url);
  try {
    await context.addInitScript(markStartButton);
    const chromium = await chromiumVersion(context);
    const setup = await context.newPage();
    await prepareDevice(setup, await createTestPartnership());

    const check = await crossCheck(context, firstPaint);
    await setup.close();

    // Online, once: the kiosk page under the service worker, and what it fetched by ready.
    const first = await context.newPage();
    await first.goto('/kiosk');
    await waitForServiceWorker(first);
    const marks = await marksWhenReady(first);

    await context.setOffline(true);
    const warm = await coldStarts(context, first, runs, false);
    const stopped = await coldStarts(context, warm.last, runs, true);
    const offline = await stopped.last.evaluate(() =>
      fetch('/api/v1/health').then(
        () => false,
        () => true,
      ),
    );
    if (!offline) throw new Error('the network was still reachable during the offline runs');
    return {
      chromium,
      ...check,
      fetchedByReady: marks.scripts,
      coldStart: summarise(warm.samples),
      coldStartPainted: summarise(warm.painted),
      coldStartSwStopped: summarise(stopped.samples),
      allFromServiceWorker: warm.allFromSw && stopped.allFromSw,
    };
  } finally {
    await close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * Does the first paint need nothing outside `firstPaint`? The kiosk starts loading its lazy
 * chunks at once, beside the first paint (Start paints disabled until they are in), so which
 * files had arrived when Start appeared is a race, not an answer. Here every other JS file is
 * held back until Start is in the DOM: Start must get there without them. The page skips the
 * service worker (CDP), so the requests reach the network, where Playwright can hold them.
 */
async function crossCheck(context: BrowserContext, firstPaint: ReadonlySet<string>) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setBypassServiceWorker', { bypass: true });
  const held: string[] = [];
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/*.js', async (route) => {
    const file = new URL(route.request().url()).pathname;
    if (!firstPaint.has(file)) {
      held.push(file);
      await released;
    }
    // Held requests are let go as the page closes; continuing one then fails, harmlessly.
    await route.continue().catch(() => undefined);
  });
  try {
    await page.goto('/kiosk');
    const painted = await page
      .waitForFunction(() => (window as unknown as Marked).__bench.visibleAt !== undefined, null, {
        polling: 50,
        timeout: CROSS_CHECK_TIMEOUT_MS,
      })
      .then(
        () => true,
        () => false,
      );
    const fetched = await page.evaluate(
      () => (window as unknown as Marked).__bench.scriptsAtVisible ?? [],
    );
    return { paintedWithOthersHeld: painted, fetchedBeforeStart: fetched, heldUntilStart: held };
  } finally {
    release();
    await cdp.detach();
    await page.close();
  }
}

/**
 * `runs` + 1 offline starts of /kiosk, each in a new page (the previous one closed first),
 * the first discarded as warm-up. Returns ms from navigation start to Start enabled.
 */
async function coldStarts(context: BrowserContext, previous: Page, runs: number, stopSw: boolean) {
  const samples: number[] = [];
  const painted: number[] = [];
  let allFromSw = true;
  let last = previous;
  for (let i = 0; i <= runs; i++) {
    if (stopSw) {
      const cdp = await context.newCDPSession(last);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
    }
    await last.close();
    last = await context.newPage();
    last.on('response', (r) => {
      const type = r.request().resourceType();
      if ((type === 'document' || type === 'script') && !r.fromServiceWorker()) allFromSw = false;
    });
    const response = await last.goto('/kiosk');
    if (!response?.fromServiceWorker()) allFromSw = false;
    const { readyAt, visibleAt = readyAt } = await marksWhenReady(last);
    if (i > 0) samples.push(readyAt);
    if (i > 0) painted.push(visibleAt);
  }
  return { samples, painted, allFromSw, last };
}
