// Scripted tablet trials without the setup wizard: set up a running, empty Hearth server with
// a throwaway partnership over its real API, publish a signed config, and print a one-time
// enrolment code. Writes the private key to data/dev/ — development only. Its wrapped keys
// are a placeholder, so this partnership cannot be unlocked in /coordinator: use the wizard
// for that.
//
//   npm start   (in another terminal), then:   npm run dev:partnership [-- http://localhost:8080]
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { toBase64url } from '../protocol/base64url';
import { exportPrivateKey } from '../src/crypto';
import { ADMIN, setUpPartnership } from '../tests/support/coordinator-api';
import { createTestPartnership } from '../tests/support/partnership';

const origin = process.argv[2] ?? 'http://localhost:8080';
const partnership = await createTestPartnership('Development Partnership');
const coordinator = await setUpPartnership(origin, partnership);
const code = await coordinator.createEnrolmentCode();

const out = path.resolve('data', 'dev');
mkdirSync(out, { recursive: true, mode: 0o700 });
writeFileSync(
  path.join(out, 'DEV-ONLY-private-keys.json'),
  JSON.stringify(
    {
      warning: 'Development only. Anyone with this file can read what the tablets sealed.',
      encryptionPrivateKey: toBase64url(await exportPrivateKey(partnership.encryption.privateKey)),
    },
    null,
    2,
  ),
  { mode: 0o600 },
);
console.log(`Set up "Development Partnership" on ${origin}`);
console.log(`Coordinator sign-in: ${ADMIN.email} / ${ADMIN.password}`);
console.log(`Enrolment code: ${code.code} (expires ${code.expiresAt})`);
console.log(`Or open on the tablet: ${code.enrolUrl}`);
