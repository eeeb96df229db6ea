// Budget 1, static half: which built JS files the kiosk needs for its first paint, and their
// gzip size, worked out from Vite's build manifest (dist/.vite/manifest.json).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface BundleFile {
  /** Path under the dist dir, e.g. assets/index-abc.js. */
  file: string;
  bytes: number;
  gzip: number;
}

export const KIOSK_CHUNK = 'src/kiosk/KioskApp.tsx';
/** Level 9 (the maximum): the smallest gzip any server could send, what the budget means. */
export const GZIP_LEVEL = 9;

/**
 * First paint of /kiosk = the index.html entry and its static imports, plus the KioskApp
 * chunk (App.tsx imports it dynamically, but nothing paints until it arrives) and its static
 * imports, recursively. Dynamic imports of those are left out: the kiosk loads them after
 * the start screen has painted. The manifest's import graph can have cycles (shared chunks
 * import the entry back), hence the visited set.
 */
export function firstPaintFiles(distDir: string): BundleFile[] {
  const manifest = JSON.parse(
    readFileSync(path.join(distDir, '.vite', 'manifest.json'), 'utf8'),
  ) as Manifest;
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`build manifest has no chunk "${key}"`);
    seen.add(key);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  visit('index.html');
  visit(KIOSK_CHUNK);
  return [...seen]
    .map((key) => manifest[key]!.file)
    .filter((file) => file.endsWith('.js'))
    .map((file) => {
      const bytes = readFileSync(path.join(distDir, file));
      return { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: GZIP_LEVEL }).length };
    })
    .sort((a, b) => b.gzip - a.gzip);
}
