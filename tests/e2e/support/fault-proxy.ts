// A small HTTP proxy between the browser and the real server, for fault injection without
// any test hook in the server: it can answer 500, cut connections, hold requests, and call
// back when a batch goes through (to kill the server mid-batch).
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Mode = 'pass' | 'error500' | 'cut';

export interface FaultProxy {
  url: string;
  port: number;
  mode: Mode;
  /** Called with each /api/v1/batches body after it has been forwarded upstream. */
  onBatchForwarded: ((body: Buffer) => void) | undefined;
  /** Count of /api/v1/batches requests seen, whatever the mode. */
  batchRequests: number;
  batchBodies: Buffer[];
  close(): Promise<void>;
}

export async function startFaultProxy(
  port: number,
  upstreamPort: () => number,
): Promise<FaultProxy> {
  const proxy: FaultProxy = {
    url: `http://localhost:${port}`,
    port,
    mode: 'pass',
    onBatchForwarded: undefined,
    batchRequests: 0,
    batchBodies: [],
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const isBatch = req.url === '/api/v1/batches';
      if (isBatch) {
        proxy.batchRequests++;
        proxy.batchBodies.push(body);
      }
      if (proxy.mode === 'cut' && req.url?.startsWith('/api/')) return req.socket.destroy();
      if (proxy.mode === 'error500' && isBatch) {
        res.writeHead(500, { 'Content-Type': 'application/json' });
        return res.end(JSON.stringify({ error: { code: 'internal', message: 'injected fault' } }));
      }
      const upstream = http.request(
        {
          host: '127.0.0.1',
          port: upstreamPort(),
          path: req.url,
          method: req.method,
          headers: req.headers,
        },
        (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        },
      );
      upstream.on('error', () => req.socket.destroy());
      upstream.end(body);
      if (isBatch) proxy.onBatchForwarded?.(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  proxy.port = (server.address() as AddressInfo).port;
  return proxy;
}
