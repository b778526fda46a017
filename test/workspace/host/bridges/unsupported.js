'use strict';
/**
 * Bridges for server features the local workspace does not have (livechat, uploads, video
 * conferences, ...): any call fails with a sentence that says so, instead of "is not a function".
 */

/**
 * @param {new () => any} Base the engine's abstract bridge
 * @param {string} feature what to name in the error
 */
function unsupported(Base, feature) {
  const bridge = new Base();
  return new Proxy(bridge, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (value !== undefined || typeof prop !== 'string' || prop === 'then') return value;
      return async () => {
        throw new Error(`${feature} is not available in the local workspace (${prop}).`);
      };
    },
  });
}

module.exports = { unsupported };
