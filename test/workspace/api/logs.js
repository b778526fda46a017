'use strict';
/**
 * The app's log storage entries (one per host→app call, each with its log lines) as a flat list
 * of lines, newest last: { ts, severity, call, caller, args }.
 * @param {any[]} stored
 * @param {number} [limit]
 */
function flattenLogs(stored, limit = 500) {
  const lines = [];
  for (const entry of stored) {
    for (const line of entry.entries ?? []) {
      lines.push({
        ts: new Date(line.timestamp ?? entry._createdAt ?? Date.now()).toISOString(),
        severity: line.severity,
        call: entry.method,
        caller: line.caller,
        args: line.args,
      });
    }
  }
  return lines.slice(-limit);
}

module.exports = { flattenLogs };
