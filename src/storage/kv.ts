import { createStore, type UseStore } from 'idb-keyval';

// Small device-local values live in their own tiny IndexedDB store, apart from the outbox.
let store: UseStore | undefined;
export function kv(): UseStore {
  store ??= createStore('hearth-device', 'kv');
  return store;
}
