import { generate } from 'selfsigned';

export interface Certificate {
  key: string;
  cert: string;
}

/**
 * A throw-away self-signed certificate for every host the world answers for. The browser under test
 * runs with `ignoreHTTPSErrors`, so the names only make the certificate look like the real thing.
 */
export function selfSignedCertificate(hosts: readonly string[]): Certificate {
  const altNames = hosts.map((value) => ({ type: 2, value }));
  const pems = generate([{ name: 'commonName', value: 'reconnect-radar.fake-platforms.test' }], {
    days: 2,
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [{ name: 'subjectAltName', altNames }],
  });
  return { key: pems.private, cert: pems.cert };
}
