// Serves the Vite build output (distDir) with the SPA fallback and cache rules of the PWA.
//
// Cache rules: /assets/* carry a content hash in their names, so they are immutable for a
// year; everything else (index.html, sw.js, manifest.webmanifest, icons) is `no-cache`,
// i.e. revalidated with ETag on every use, so a new deploy is picked up at once.
import { realpathSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import type { Context, MiddlewareHandler } from 'hono';
import { isApiPath } from './security-headers';

const gzip = promisify(gzipCallback);

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.map',
  '.webmanifest',
  '.txt',
  '.svg',
]);
const MIN_GZIP_BYTES = 1024;

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

interface FileEntry {
  file: string;
  size: number;
  mtimeMs: number;
}

/**
 * `GET *` handler (Hono answers HEAD with it too, without the body). API paths pass through
 * to the API routes and, failing those, to the app's JSON not-found handler.
 */
export function serveDist(distDir: string): MiddlewareHandler {
  const root = path.resolve(distDir);
  // The dist dir may not exist yet (API-only run); the real path is then resolved lazily.
  let realRoot: string | undefined = tryRealpath(root);
  const gzipCache = new Map<string, { key: string; body: Uint8Array }>();

  async function findFile(file: string): Promise<FileEntry | undefined> {
    try {
      const info = await stat(file);
      if (!info.isFile()) return undefined;
      // Symlinks must not lead out of the dist dir either.
      realRoot ??= tryRealpath(root);
      const real = await realpath(file);
      if (realRoot === undefined || !isInside(realRoot, real)) return undefined;
      return { file, size: info.size, mtimeMs: Math.trunc(info.mtimeMs) };
    } catch {
      return undefined;
    }
  }

  async function send(c: Context, entry: FileEntry, cacheControl: string): Promise<Response> {
    const ext = path.extname(entry.file).toLowerCase();
    const headers = new Headers({
      'Content-Type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
      'Cache-Control': cacheControl,
      'Last-Modified': new Date(entry.mtimeMs).toUTCString(),
    });
    const compressible = COMPRESSIBLE.has(ext) && entry.size >= MIN_GZIP_BYTES;
    const useGzip = compressible && acceptsGzip(c.req.header('Accept-Encoding'));
    if (compressible) headers.set('Vary', 'Accept-Encoding');
    const tag = `W/"${entry.size.toString(16)}-${entry.mtimeMs.toString(16)}${useGzip ? '-gz' : ''}"`;
    headers.set('ETag', tag);
    if (isFresh(c, tag, entry.mtimeMs)) return new Response(null, { status: 304, headers });

    let body: Uint8Array;
    if (useGzip) {
      // Compressed once per file version; dist holds a few hundred KB in all.
      const cached = gzipCache.get(entry.file);
      if (cached?.key === tag) body = cached.body;
      else {
        body = await gzip(await readFile(entry.file));
        gzipCache.set(entry.file, { key: tag, body });
      }
      headers.set('Content-Encoding', 'gzip');
    } else {
      body = await readFile(entry.file);
    }
    headers.set('Content-Length', String(body.byteLength));
    return new Response(c.req.method === 'HEAD' ? null : exactBytes(body), {
      status: 200,
      headers,
    });
  }

  return async (c, next) => {
    if (isApiPath(c.req.path)) return next();
    const segments = safeSegments(new URL(c.req.url).pathname);
    if (segments === undefined) return notFound(c);

    const entry = await findFile(path.join(root, ...segments));
    if (entry !== undefined) {
      return send(
        c,
        entry,
        segments[0] === 'assets' && segments.length > 1 ? IMMUTABLE : REVALIDATE,
      );
    }
    // A missing file with an extension is a 404; everything else is a client-side route.
    const last = segments.at(-1) ?? '';
    if (path.extname(last) !== '' || segments[0] === 'assets') return notFound(c);

    const index = await findFile(path.join(root, 'index.html'));
    if (index === undefined) {
      c.header('Cache-Control', 'no-store');
      return c.text('Hearth has not been built yet: run `npx vite build` (or `npm start`).', 503);
    }
    return send(c, index, REVALIDATE);
  };
}

/**
 * Decoded path segments, or undefined for anything that could step outside the root: `.`
 * and `..` segments (also when percent-encoded or hidden behind an encoded slash),
 * backslashes, NUL bytes, dotfiles and malformed escapes.
 */
export function safeSegments(rawPathname: string): string[] | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s.startsWith('.'))) return undefined;
  return segments;
}

function isInside(root: string, file: string): boolean {
  return file === root || file.startsWith(root + path.sep);
}

function tryRealpath(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}

function acceptsGzip(header: string | undefined): boolean {
  if (header === undefined) return false;
  return header.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (coding !== 'gzip' && coding !== '*') return false;
    return !params.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p));
  });
}

function isFresh(c: Context, tag: string, mtimeMs: number): boolean {
  const ifNoneMatch = c.req.header('If-None-Match');
  if (ifNoneMatch !== undefined) {
    return ifNoneMatch === '*' || ifNoneMatch.split(',').some((t) => t.trim() === tag);
  }
  const ifModifiedSince = c.req.header('If-Modified-Since');
  if (ifModifiedSince === undefined) return false;
  const since = Date.parse(ifModifiedSince);
  return !Number.isNaN(since) && Math.floor(mtimeMs / 1000) * 1000 <= since;
}

function notFound(c: Context): Response {
  c.header('Cache-Control', 'no-store');
  return c.text('Not found', 404);
}

/** A view of exactly these bytes (Node Buffers may be slices of a larger shared pool). */
function exactBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes);
}
