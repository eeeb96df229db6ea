// Whether the browser may evict this tablet's data, and how much it holds (design §7).
// Unsent responses live only here, so staff need to see if storage is not persistent.

export interface StorageStatus {
  /** undefined: the browser cannot say (no StorageManager). */
  persisted: boolean | undefined;
  usage: number | undefined;
  quota: number | undefined;
}

export async function requestPersistentStorage(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}

export async function storageStatus(): Promise<StorageStatus> {
  const storage = navigator.storage as StorageManager | undefined;
  const [persisted, estimate] = await Promise.all([
    storage?.persisted?.().catch(() => undefined),
    storage?.estimate?.().catch(() => undefined),
  ]);
  return { persisted, usage: estimate?.usage, quota: estimate?.quota };
}

/**
 * iPadOS/iOS Safari may delete a site's data after a few weeks without use unless the app
 * is added to the Home Screen; an installed app runs "standalone".
 */
export function needsHomeScreenInstall(): boolean {
  const ua = navigator.userAgent;
  const ios = /iPad|iPhone|iPod/.test(ua) || (/Macintosh/.test(ua) && navigator.maxTouchPoints > 1);
  const standalone =
    (navigator as Navigator & { standalone?: boolean }).standalone === true ||
    matchMedia('(display-mode: standalone)').matches;
  return ios && !standalone;
}

export function formatBytes(n: number): string {
  if (n < 1024 * 1024) return `${Math.max(1, Math.round(n / 1024))} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(1)} GB`;
}
