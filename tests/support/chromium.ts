/**
 * The system Chromium (Debian's package; browser downloads are not possible here) and the
 * flags it needs on a sandboxed machine with no network but loopback. Shared by the e2e
 * tests and the bench so both drive the same browser the same way.
 */
export const CHROMIUM_PATH = process.env.HEARTH_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
