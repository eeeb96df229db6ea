// Shared by the drafts tests: real WebCrypto (Node), fake-indexeddb.

const enc = new TextEncoder();

/** True when `a` and `b` are the same AES-GCM key: what one seals, the other opens. */
export async function sameKey(a: CryptoKey, b: CryptoKey): Promise<boolean> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ct = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, a, enc.encode('probe'));
  try {
    await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, b, ct);
    return true;
  } catch {
    return false;
  }
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/**
 * Every key and value of every object store of every IndexedDB database, as JSON text:
 * what someone inspecting the tablet's storage would see, to search for plaintext.
 */
export async function dumpIndexedDb(): Promise<string> {
  const out: unknown[] = [];
  for (const info of await indexedDB.databases()) {
    if (!info.name) continue;
    const database = await request(indexedDB.open(info.name));
    try {
      for (const store of Array.from(database.objectStoreNames)) {
        const objects = database.transaction(store, 'readonly').objectStore(store);
        const [keys, values] = await Promise.all([
          request(objects.getAllKeys()),
          request(objects.getAll()),
        ]);
        out.push({ database: info.name, store, keys, values });
      }
    } finally {
      database.close();
    }
  }
  return JSON.stringify(out);
}
