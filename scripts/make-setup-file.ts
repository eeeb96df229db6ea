// Local development and trials: create a throwaway partnership (real keys) and write a
// device setup file that /outreach can load, plus the private keys needed to open what the
// tablet seals. Never use this for a real partnership: its private keys sit on disk.
//
//   npm run setup-file -- [output folder, default ./data/dev]
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { toBase64url } from '../protocol/base64url';
import { exportPrivateKey } from '../src/crypto';
import { createTestPartnership } from '../tests/support/partnership';

const out = path.resolve(process.argv[2] ?? path.join('data', 'dev'));
mkdirSync(out, { recursive: true, mode: 0o700 });

const partnership = await createTestPartnership('Development Partnership');
const setup = await partnership.setupFile();
writeFileSync(path.join(out, 'hearth-setup.json'), JSON.stringify(setup, null, 2));
writeFileSync(
  path.join(out, 'DEV-ONLY-private-keys.json'),
  JSON.stringify(
    {
      warning: 'Development only. Anyone with this file can read what the tablet sealed.',
      encryptionPublicKey: toBase64url(partnership.encryption.publicKeyRaw),
      encryptionPrivateKey: toBase64url(await exportPrivateKey(partnership.encryption.privateKey)),
    },
    null,
    2,
  ),
  { mode: 0o600 },
);
console.log(`Wrote ${path.join(out, 'hearth-setup.json')} (load it on /outreach)`);
