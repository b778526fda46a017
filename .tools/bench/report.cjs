'use strict';
const { analysisOf } = require('./analysis.cjs');
/**
 * The pure parts of `npm run bench`: medians, rows, why a target is missed, the Markdown report.
 * A row: { name, value (number), unit ('x' | 'KB' | 's' | 'MB' | 'round trips'), target (e.g.
 * '≤ 1.25x', or null for a figure given for information), ok (true, false, or null without a
 * target), note }. Rows may carry `detail` (the measured figures behind them) and `why` (the
 * cause and the fix of a miss); both go to report.json, `why` also under the table.
 */

/** @param {number[]} xs the middle value (the mean of the two middle ones for an even count) */
function median(xs) {
  if (!xs.length) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** @param {number} value @param {number} [digits] */
const round = (value, digits = 2) => Number(value.toFixed(digits));

/** '≤ 1.25x' -> 1.25 (the target's bound, in the row's unit) */
function targetBound(target) {
  const match = /([\d.]+)/.exec(target ?? '');
  return match ? Number(match[1]) : NaN;
}

/** Whether `value` meets `target` ('≤ N<unit>'); null when there is no target. */
function meets(value, target) {
  if (!target) return null;
  return value <= targetBound(target);
}

/** A row; `ok` follows from the value and the target. */
function row(name, value, unit, target, note = '', extra = {}) {
  const digits = unit === 'x' ? 2 : 1;
  const rounded = round(value, digits);
  return { name, value: rounded, unit, target, ok: meets(rounded, target), note, ...extra };
}

/** @param {number} value @param {string} unit e.g. 1.3 'x' -> '1.30x', 138.2 'KB' -> '138.2 KB' */
function formatValue(value, unit) {
  if (!Number.isFinite(value)) return 'n/a';
  if (unit === 'x') return `${value.toFixed(2)}x`;
  return `${value.toFixed(1)} ${unit}`;
}

/** @param {{total: number} | null | undefined} trips */
const tripsText = (trips) => (trips ? String(trips.total) : 'n/a');

/** The methods the app calls most in one call, e.g. 'accessor:getReader (4), bridge:doGetById (3)'. */
function topMethods(byMethod, count = 3) {
  return Object.entries(byMethod ?? {})
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, count)
    .map(([method, n]) => `${method} (${n})`)
    .join(', ');
}

/**
 * A call measured against the bare app's: a ratio row whose note gives both medians and the round
 * trips per call, and, when the target is missed, why (from the figures) and what would fix it.
 * @param {{name: string, target: string | null, app: {ms: number, trips?: any}, bare: {ms: number, trips?: any}}} figures
 */
function callRow({ name, target, app, bare }) {
  const note = `app ${app.ms.toFixed(1)} ms, bare ${bare.ms.toFixed(1)} ms; round trips per call ${tripsText(app.trips)} vs ${tripsText(bare.trips)}`;
  const detail = {
    appMs: round(app.ms, 2),
    bareMs: round(bare.ms, 2),
    appTrips: app.trips ?? null,
    bareTrips: bare.trips ?? null,
  };
  const r = row(name, app.ms / bare.ms, 'x', target, note, { detail });
  if (r.ok === false) r.why = whyCallIsSlow(app, bare);
  return r;
}

/** The cause of a slow call, from its figures, and the fix that follows from it. */
function whyCallIsSlow(app, bare) {
  const extraMs = app.ms - bare.ms;
  if (!app.trips || !bare.trips)
    return (
      `The app takes ${extraMs.toFixed(1)} ms more per call than the bare app; round trips were not counted ` +
      `(the workspace host has no countRoundTrips). Count them: each accessor call is a hop between the ` +
      `server's process and the app's Deno process, and the hops are the usual cause.`
    );
  const extraTrips = app.trips.total - bare.trips.total;
  if (extraTrips > 0) {
    const each = extraMs / extraTrips;
    return (
      `${app.trips.total} accessor round trips per call vs ${bare.trips.total} for the bare app; each is a hop ` +
      `between the server's process and the app's Deno process (${extraTrips} more hops for ${extraMs.toFixed(1)} ms ` +
      `more, at most ${each.toFixed(1)} ms a hop here). Most called: ${topMethods(app.trips.byMethod) || 'n/a'}. ` +
      `Fix: fewer hops on this path: read what the call needs once and reuse it within the call (settings, the ` +
      `person, the room), fetch records in one read by association instead of one by one, and leave work the ` +
      `answer does not need to a job.`
    );
  }
  return (
    `As many round trips as the bare app (${app.trips.total} vs ${bare.trips.total}): the ${extraMs.toFixed(1)} ms more ` +
    `per call are spent inside the app's process (building the view or message, parsing, checks). Fix: profile ` +
    `this path in the runtime and compute what does not change between calls once.`
  );
}

/** Zip size row: the app's zip against the target, the bare one's for scale. */
function zipRow({ appBytes, bareBytes, appFiles, target = '≤ 150 KB' }) {
  const kb = appBytes / 1024;
  const r = row(
    'zip size',
    kb,
    'KB',
    target,
    `bare app ${(bareBytes / 1024).toFixed(1)} KB; the app's zip holds ${appFiles} files`,
    {
      detail: { appBytes, bareBytes, appFiles },
    },
  );
  if (r.ok === false)
    r.why =
      appFiles > 1
        ? `The zip holds ${appFiles} .js files (${kb.toFixed(1)} KB). Fix: ship the sources bundled into one minified ` +
          `module and leave out what the runtime never reads (TypeScript sources, source maps, package.json, tsconfig.json).`
        : `The zip is already one minified module (${kb.toFixed(1)} KB); what it holds is below.`;
  return r;
}

/** Install and enable of the app against the bare one's. */
function installRow({ app, bare, appFiles, target = '≤ 1.3x' }) {
  const r = callRow({ name: 'install and enable vs the bare app', target, app, bare });
  r.note += `; ${appFiles} .js file(s) in the app's zip`;
  if (r.ok !== false) return r;
  const extraMs = app.ms - bare.ms;
  const causes = [];
  if (app.trips && bare.trips)
    causes.push(
      `${app.trips.total} round trips during install and enable vs ${bare.trips.total} for the bare app ` +
        `(most called: ${topMethods(app.trips.byMethod) || 'n/a'}); each is a hop between the server's process and the app's Deno process`,
    );
  if (appFiles > 1)
    causes.push(
      `the zip holds ${appFiles} .js files, which the engine bundles itself each time it starts the app (a zip of one module skips that)`,
    );
  causes.push("the Deno process loads and compiles the app's whole module before the app is constructed");
  r.why =
    `${extraMs.toFixed(0)} ms more than the bare app. Causes: ${causes.join('; ')}. Fix: ` +
    `${appFiles > 1 ? 'ship one bundled, minified module, and ' : ''}register less one by one at start ` +
    `(e.g. fewer settings or buttons, each registration is a hop).`;
  return r;
}

/** A build time (seconds) against its target. */
function secondsRow(name, seconds, target, note, why) {
  const r = row(name, seconds, 's', target, note);
  if (r.ok === false) r.why = why;
  return r;
}

/** The Markdown table of the rows. */
function renderTable(rows) {
  const cell = (text) => String(text ?? '').replace(/\|/g, '\\|');
  const status = (r) => (r.ok === null || r.ok === undefined ? 'info' : r.ok ? 'ok' : '**MISSED**');
  return [
    '| figure | value | target | | note |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${cell(r.name)} | ${formatValue(r.value, r.unit)} | ${cell(r.target ?? '')} | ${status(r)} | ${cell(r.note)} |`,
    ),
  ].join('\n');
}

/** The whole report: table, missed targets with their causes and fixes, the machine. */
function renderReport({ rows, machine }) {
  const missed = rows.filter((r) => r.ok === false);
  const lines = [
    '# npm run bench',
    '',
    renderTable(rows),
    '',
    missed.length
      ? `## Missed targets (${missed.length})\n\n${missed.map((r) => `- **${r.name}** (${formatValue(r.value, r.unit)}, target ${r.target}): ${r.why ?? r.note}${analysisOf(r.name) ? `\n  - What it is made of, and what would cut it: ${analysisOf(r.name)}` : ''}`).join('\n')}`
      : 'Every target is met.',
    '',
    '## Machine',
    '',
    ...Object.entries(machine).map(([key, value]) => `- ${key}: ${value}`),
    '',
  ];
  return lines.join('\n');
}

const README_START = '<!-- bench table: start (npm run bench -- --readme) -->';
const README_END = '<!-- bench table: end -->';

/** The README's Speed section with the table and the machine's summary between its markers replaced. */
function withReadmeTable(readme, { rows, machine }) {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start)
    throw new Error(`The README has no "${README_START}" ... "${README_END}" markers.`);
  const summary = `Measured ${machine.date?.slice(0, 10) ?? ''} on ${machine.cpu}, load ${machine['load average at start (1, 5, 15 min)']} at the start; ${machine.runs}.`;
  return `${readme.slice(0, start + README_START.length)}\n\n${renderTable(rows)}\n\n${summary}\n\n${readme.slice(end)}`;
}

module.exports = {
  withReadmeTable,
  median,
  meets,
  targetBound,
  row,
  formatValue,
  topMethods,
  callRow,
  whyCallIsSlow,
  zipRow,
  installRow,
  secondsRow,
  renderTable,
  renderReport,
};
