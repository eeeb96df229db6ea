// Security headers on every response, API and static alike (design §6).
import type { MiddlewareHandler } from 'hono';

/** No inline script or style anywhere: the built app loads everything from its own origin. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Only features Chromium recognises (an unknown one logs a console error on every page).
 * The camera stays available to the page for scanning enrolment QR codes; fullscreen and
 * wake lock for the kiosk.
 */
export const PERMISSIONS_POLICY = [
  'camera=(self)',
  'fullscreen=(self)',
  'screen-wake-lock=(self)',
  'microphone=()',
  'geolocation=()',
  'payment=()',
  'usb=()',
  'serial=()',
  'hid=()',
  'midi=()',
  'accelerometer=()',
  'gyroscope=()',
  'magnetometer=()',
  'display-capture=()',
  'browsing-topics=()',
].join(', ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': PERMISSIONS_POLICY,
};

export function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.header(name, value);
  // API answers are never cached, by the browser, a proxy or the service worker.
  if (isApiPath(c.req.path)) c.header('Cache-Control', 'no-store');
};
