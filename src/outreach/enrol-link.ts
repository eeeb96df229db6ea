/** The parts of an enrolment link (`/outreach?enrol=CODE&fp=THUMBPRINT`, also in the QR code). */
export interface EnrolLink {
  code: string;
  thumbprint: string | undefined;
}

export function parseEnrolLink(text: string, base = 'http://localhost'): EnrolLink | undefined {
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    return undefined;
  }
  const code = url.searchParams.get('enrol');
  if (!code) return undefined;
  return { code, thumbprint: url.searchParams.get('fp') ?? undefined };
}

/** Only offered where the browser can read QR codes itself (Chrome on Android, for one). */
export function canScanQr(): boolean {
  return 'BarcodeDetector' in window && Boolean(navigator.mediaDevices?.getUserMedia);
}
