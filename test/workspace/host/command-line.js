'use strict';
/**
 * What the client does with a composer line that starts with "/": the command name (lower
 * case, without the slash) and the arguments split on white space.
 * @param {string} text e.g. "/privacy policy"
 * @returns {{command: string, args: string[]} | undefined}
 */
function parseCommandLine(text) {
  const trimmed = String(text ?? '').trim();
  if (!trimmed.startsWith('/') || trimmed.length < 2) return undefined;
  const [head, ...args] = trimmed.slice(1).split(/\s+/);
  return { command: head.toLowerCase(), args: args.filter(Boolean) };
}

module.exports = { parseCommandLine };
