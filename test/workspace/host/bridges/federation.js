'use strict';
/**
 * The key pair the engine signs installed apps with (AppSignatureManager). Kept in the store:
 * a restarted host must verify what the previous one signed.
 */
const { generateKeyPairSync } = require('node:crypto');

class WorkspaceFederationBridge {
  /** @param {import('../store').JsonStore} store */
  constructor(store) {
    this.keys = store.read('keys', () => null);
    if (!this.keys) {
      const { publicKey, privateKey } = generateKeyPairSync('rsa', {
        modulusLength: 2048,
        publicKeyEncoding: { type: 'spki', format: 'pem' },
        privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      });
      this.keys = { publicKey, privateKey };
      store.write('keys', this.keys);
    }
  }

  async getPrivateKey() {
    return this.keys.privateKey;
  }

  async getPublicKey() {
    return this.keys.publicKey;
  }
}

module.exports = { WorkspaceFederationBridge };
