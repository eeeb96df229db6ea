// Runs in Chromium (built by bench/coordinator.vite.config.ts, driven by bench/coordinator.ts).
// Times the coordinator's real review path — fetch by cursor, cache the ciphertext, open it in
// the decrypt worker, aggregate with the analysis code — and, as the reference, a bare AES-GCM
// decrypt of the same records in the same page.
import { fromBase64url } from '../protocol/base64url';
import { recordAad, type SealedRecord } from '../protocol/sealed-record';
import type { StoredRecord } from '../protocol/api';
import { analysisContext } from '../src/coordinator/analysis/context';
import { overview } from '../src/coordinator/analysis/overview';
import { summariseForm } from '../src/coordinator/analysis/summaries';
import { loadDataset } from '../src/coordinator/review/pipeline/loader';
import { importPrivateKey } from '../src/crypto';

export interface PipelineRun {
  ms: number;
  /** Until the last page was in the cache (fetching overlaps opening). */
  fetchedMs: number;
  /** Until the last row came back from the worker. */
  decryptedMs: number;
  aggregateMs: number;
  responses: number;
  deviceEvents: number;
  unreadable: number;
  fetched: number;
  progressReports: number;
  /** A number the aggregation produced, to check it really ran: survivor responses. */
  survivorResponses: number;
}

export interface RawRun {
  ms: number;
  opened: number;
}

declare global {
  interface Window {
    signIn(email: string, password: string): Promise<void>;
    runPipeline(privateKey: string, publicKey: string): Promise<PipelineRun>;
    runRawDecrypt(recordKeys: Record<string, string>): Promise<RawRun>;
  }
}

window.signIn = async (email, password) => {
  const res = await fetch('/api/v1/session', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`sign-in: ${res.status}`);
};

window.runPipeline = async (privateKey, publicKey) => {
  const keys = {
    encryption: {
      privateKey: await importPrivateKey(fromBase64url(privateKey)),
      publicKeyRaw: fromBase64url(publicKey),
    },
  };
  let fetchedAt = 0;
  let reports = 0;
  const t0 = performance.now();
  const result = await loadDataset({
    keys,
    onProgress(p) {
      reports += 1;
      if (p.phase !== 'fetching' && fetchedAt === 0) fetchedAt = performance.now();
    },
  });
  const decryptedAt = performance.now();
  const { dataset } = result;
  const context = analysisContext(null, dataset);
  const view = overview(dataset, context);
  const summaries = context.catalogue
    .ids()
    .map((id) => summariseForm(dataset.responses, id, context));
  const end = performance.now();
  const survivors = summaries.find((s) => s.formId === 'survivor-feedback')?.n;
  return {
    ms: end - t0,
    fetchedMs: fetchedAt - t0,
    decryptedMs: decryptedAt - t0,
    aggregateMs: end - decryptedAt,
    responses: dataset.responses.length,
    deviceEvents: dataset.deviceEvents.length,
    unreadable: dataset.unreadable.length,
    fetched: result.fetched,
    progressReports: reports,
    survivorResponses: survivors?.kind === 'count' && view.forms.length > 0 ? survivors.value : -1,
  };
};

/** base64url → bytes on an ArrayBuffer (what WebCrypto's types ask for). */
const bytes = (text: string) => fromBase64url(text) as Uint8Array<ArrayBuffer>;

/** Every record, fetched untimed, for the reference. */
async function allRecords(): Promise<StoredRecord[]> {
  const out: StoredRecord[] = [];
  let after = '0';
  for (;;) {
    const res = await fetch(`/api/v1/records?after=${after}&limit=5000`);
    const page = (await res.json()) as { records: StoredRecord[]; next: string | null };
    out.push(...page.records);
    if (page.next === null) return out;
    after = page.next;
  }
}

window.runRawDecrypt = async (recordKeys) => {
  const records: SealedRecord[] = await allRecords();
  const keys = new Map<string, CryptoKey>();
  for (const [enc, raw] of Object.entries(recordKeys)) {
    keys.set(enc, await crypto.subtle.importKey('raw', bytes(raw), 'AES-GCM', false, ['decrypt']));
  }
  // Every argument is made before the clock starts (base64url decoded, AAD encoded), so the
  // reference times AES-GCM alone.
  const encoder = new TextEncoder();
  const inputs = records.map((r) => ({
    key: keys.get(r.enc)!,
    iv: bytes(r.iv),
    additionalData: encoder.encode(recordAad(r.id, r.kid)),
    ct: bytes(r.ct),
  }));
  let opened = 0;
  const t0 = performance.now();
  // The same bound on operations in flight as the app's opener (src/crypto/open.ts).
  for (let i = 0; i < inputs.length; i += 256) {
    await Promise.all(
      inputs.slice(i, i + 256).map(async ({ key, iv, additionalData, ct }) => {
        await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData }, key, ct);
        opened += 1;
      }),
    );
  }
  return { ms: performance.now() - t0, opened };
};

document.getElementById('status')!.textContent = 'ready';
