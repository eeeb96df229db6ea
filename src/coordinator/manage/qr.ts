import { encode } from 'uqr';

// A QR code as one SVG path, drawn by Preact as an element (never as markup text), so it
// needs no innerHTML and no inline script under the CSP.

/** The quiet zone scanners need around the code, in modules. */
export const QUIET_ZONE = 4;

export interface QrDrawing {
  /** Width and height in modules, quiet zone included. */
  size: number;
  /** One `M x y h1 v1 h-1 z` square per dark module. */
  path: string;
}

/** `text` as a QR code (error correction M: survives a smudged or dim tablet screen). */
export function qrDrawing(text: string): QrDrawing {
  const { data } = encode(text, { ecc: 'M', border: 0 });
  const squares: string[] = [];
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) squares.push(`M${x + QUIET_ZONE} ${y + QUIET_ZONE}h1v1h-1z`);
    });
  });
  return { size: data.length + 2 * QUIET_ZONE, path: squares.join('') };
}
