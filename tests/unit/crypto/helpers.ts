import { fromBase64url, toBase64url } from '../../../protocol/base64url';
import type { SealedRecord } from '../../../protocol/sealed-record';
import { generatePartnershipKeyPair, openSealingSession } from '../../../src/crypto';

/** Flips one bit of a base64url field, keeping it valid base64url of the same length. */
export function flipBit(field: string, byteIndex = 0): string {
  const bytes = fromBase64url(field);
  bytes[byteIndex] = bytes[byteIndex]! ^ 0x01;
  return toBase64url(bytes);
}

export async function fixture() {
  const keyPair = await generatePartnershipKeyPair();
  const session = await openSealingSession(keyPair.publicKeyRaw);
  return { keyPair, session };
}

export async function sealMany(
  session: { seal(p: unknown): Promise<SealedRecord> },
  n: number,
): Promise<SealedRecord[]> {
  const out: SealedRecord[] = [];
  for (let i = 0; i < n; i++) out.push(await session.seal({ n: i }));
  return out;
}
