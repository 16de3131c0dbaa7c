import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface KeyPairFiles {
  keyFile: string;
  certFile: string;
  key: string;
  cert: string;
}

/**
 * A TEST key and self-signed certificate made with openssl, valid for a few days. For tests and
 * local development only; real eAuth keys come from the operator, never from here.
 */
export function generateTestKeyPair(dir: string, name: string): KeyPairFiles {
  const keyFile = path.join(dir, `${name}.key.pem`);
  const certFile = path.join(dir, `${name}.cert.pem`);
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-sha256',
      '-days',
      '3',
      '-subj',
      `/CN=TEST ${name} (not for production)`,
      '-keyout',
      keyFile,
      '-out',
      certFile,
    ],
    { stdio: 'ignore' },
  );
  return { keyFile, certFile, key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8') };
}

export interface TestKeys {
  dir: string;
  /** The SP's signing pair. */
  sp: KeyPairFiles;
  /** The SP's decryption pair (published in its metadata for eAuth to encrypt to). */
  spEncryption: KeyPairFiles;
  /** The test IdP's signing pair. */
  idp: KeyPairFiles;
  /** A stranger's pair, for wrongly signed responses. */
  other: KeyPairFiles;
}

export function generateTestKeys(dir: string = mkdtempSync(path.join(tmpdir(), 'eauth-keys-'))): TestKeys {
  return {
    dir,
    sp: generateTestKeyPair(dir, 'sp'),
    spEncryption: generateTestKeyPair(dir, 'sp-encryption'),
    idp: generateTestKeyPair(dir, 'idp'),
    other: generateTestKeyPair(dir, 'other'),
  };
}
