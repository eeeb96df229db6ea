import { createDecryptHandler } from './decrypt-handler';
import type { FromWorker, ToWorker } from './messages';

// Entry of the decrypt worker (compiled with the WebWorker lib by tsconfig.worker.json). The
// partnership private key arrives by postMessage and lives only in this worker's memory; the
// loader terminates the worker when it is done, which drops it.

/** The two members of the worker global this needs (typed so it also compiles with DOM). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
const handle = createDecryptHandler({
  post: (message, transfer = []) => scope.postMessage(message, transfer),
});
scope.onmessage = (event) => void handle(event.data);
