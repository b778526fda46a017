/**
 * The pure parts of `npm run bench` (.tools/bench/report.cjs): medians, targets, the reasons
 * given for a miss, and the Markdown report.
 */
import { join } from 'path';

type Row = {
  name: string;
  value: number;
  unit: string;
  target: string | null;
  ok: boolean | null;
  note: string;
  why?: string;
};
type Trips = { total: number; byMethod: Record<string, number> };
type Side = { ms: number; trips?: Trips | null };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const report = require(join(__dirname, '..', '..', '..', '.tools', 'bench', 'report.cjs')) as {
  median(xs: number[]): number;
  meets(value: number, target: string | null): boolean | null;
  formatValue(value: number, unit: string): string;
  callRow(figures: { name: string; target: string | null; app: Side; bare: Side }): Row;
  installRow(figures: { app: Side; bare: Side; appFiles: number }): Row;
  zipRow(figures: { appBytes: number; bareBytes: number; appFiles: number }): Row;
  renderTable(rows: Row[]): string;
  renderReport(report: { rows: Row[]; machine: Record<string, string> }): string;
  withReadmeTable(readme: string, report: { rows: Row[]; machine: Record<string, string> }): string;
};

describe('bench report', () => {
  it('takes the middle of an odd count and the mean of the two middle values of an even one', () => {
    expect(report.median([9, 1, 5])).toBe(5);
    expect(report.median([4, 1, 3, 10])).toBe(3.5);
    expect(report.median([])).toBeNaN();
  });

  it('meets a target at its bound and misses it above; no target is information', () => {
    expect(report.meets(1.25, '≤ 1.25x')).toBe(true);
    expect(report.meets(1.26, '≤ 1.25x')).toBe(false);
    expect(report.meets(151, '≤ 150 KB')).toBe(false);
    expect(report.meets(3, null)).toBeNull();
    expect(report.formatValue(1.3, 'x')).toBe('1.30x');
    expect(report.formatValue(138.24, 'KB')).toBe('138.2 KB');
    expect(report.formatValue(NaN, 's')).toBe('n/a');
  });

  it('gives a call ratio to the bare app and, for a miss, the extra round trips as the cause', () => {
    const row = report.callRow({
      name: '`/privacy status` vs the bare message',
      target: '≤ 1.25x',
      app: {
        ms: 30,
        trips: { total: 12, byMethod: { 'accessor:getValueById': 8, 'accessor:readByAssociations': 4 } },
      },
      bare: { ms: 10, trips: { total: 2, byMethod: { 'accessor:finish': 2 } } },
    });
    expect(row).toMatchObject({ value: 3, unit: 'x', ok: false });
    expect(row.note).toBe('app 30.0 ms, bare 10.0 ms; round trips per call 12 vs 2');
    expect(row.why).toContain('12 accessor round trips per call vs 2 for the bare app');
    expect(row.why).toContain('at most 2.0 ms a hop here');
    expect(row.why).toContain('Most called: accessor:getValueById (8), accessor:readByAssociations (4)');
  });

  it('puts a miss with as many round trips as the bare app down to work inside the app', () => {
    const row = report.callRow({
      name: 'x',
      target: '≤ 1.25x',
      app: { ms: 20, trips: { total: 2, byMethod: {} } },
      bare: { ms: 10, trips: { total: 2, byMethod: {} } },
    });
    expect(row.why).toContain(
      "As many round trips as the bare app (2 vs 2): the 10.0 ms more per call are spent inside the app's process",
    );
  });

  it('says when round trips could not be counted, and gives no reason for a met target', () => {
    const missed = report.callRow({ name: 'x', target: '≤ 1.25x', app: { ms: 20 }, bare: { ms: 10 } });
    expect(missed.note).toContain('round trips per call n/a vs n/a');
    expect(missed.why).toContain('round trips were not counted');
    const met = report.callRow({ name: 'x', target: '≤ 1.25x', app: { ms: 12 }, bare: { ms: 10 } });
    expect(met).toMatchObject({ value: 1.2, ok: true });
    expect(met.why).toBeUndefined();
  });

  it('names the engine bundling many files and the zip contents as causes of slow installs and big zips', () => {
    const install = report.installRow({ app: { ms: 2000 }, bare: { ms: 500 }, appFiles: 238 });
    expect(install.ok).toBe(false);
    expect(install.why).toContain('the zip holds 238 .js files, which the engine bundles itself');
    const zip = report.zipRow({ appBytes: 200 * 1024, bareBytes: 5 * 1024, appFiles: 240 });
    expect(zip).toMatchObject({ value: 200, unit: 'KB', target: '≤ 150 KB', ok: false });
    expect(report.zipRow({ appBytes: 100 * 1024, bareBytes: 5 * 1024, appFiles: 1 }).ok).toBe(true);
  });

  it('renders the table with every figure, misses marked, and the causes under it', () => {
    const rows = [
      report.callRow({
        name: '`/privacy help` vs the bare message',
        target: null,
        app: { ms: 10 },
        bare: { ms: 10 },
      }),
      report.zipRow({ appBytes: 300 * 1024, bareBytes: 5 * 1024, appFiles: 238 }),
    ];
    const table = report.renderTable(rows);
    expect(table.split('\n')).toEqual([
      '| figure | value | target | | note |',
      '| --- | --- | --- | --- | --- |',
      '| `/privacy help` vs the bare message | 1.00x |  | info | app 10.0 ms, bare 10.0 ms; round trips per call n/a vs n/a |',
      "| zip size | 300.0 KB | ≤ 150 KB | **MISSED** | bare app 5.0 KB; the app's zip holds 238 files |",
    ]);
    const markdown = report.renderReport({ rows, machine: { cpu: 'AMD EPYC × 2', node: 'v20' } });
    expect(markdown).toContain('## Missed targets (1)');
    expect(markdown).toContain('- **zip size** (300.0 KB, target ≤ 150 KB): The zip holds 238 .js files');
    expect(markdown).toContain('- cpu: AMD EPYC × 2');
  });

  it("replaces only what is between the README's markers, and refuses a README without them", () => {
    const start = '<!-- bench table: start (npm run bench -- --readme) -->';
    const end = '<!-- bench table: end -->';
    const readme = `# App\n\n### Speed\n\n${start}\n\nold table\n\n${end}\n\n### The house\n`;
    const rows = [report.zipRow({ appBytes: 100 * 1024, bareBytes: 5 * 1024, appFiles: 1 })];
    const machine = {
      date: '2026-11-30T03:00:00.000Z',
      cpu: 'AMD EPYC × 2',
      'load average at start (1, 5, 15 min)': '0.10, 0.20, 0.30',
      runs: '40 calls of each kind',
    };
    const once = report.withReadmeTable(readme, { rows, machine });
    expect(once).not.toContain('old table');
    expect(once).toContain(
      "| zip size | 100.0 KB | ≤ 150 KB | ok | bare app 5.0 KB; the app's zip holds 1 files |",
    );
    expect(once).toContain(
      'Measured 2026-11-30 on AMD EPYC × 2, load 0.10, 0.20, 0.30 at the start; 40 calls of each kind.',
    );
    expect(once.startsWith('# App\n\n### Speed\n\n')).toBe(true);
    expect(once.endsWith(`${end}\n\n### The house\n`)).toBe(true);
    expect(report.withReadmeTable(once, { rows, machine })).toBe(once);
    expect(() => report.withReadmeTable('# App\n', { rows, machine })).toThrow('markers');
  });
});

describe('bench analysis', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { ANALYSIS } = require(join(__dirname, '../../../.tools/bench/analysis.cjs')) as {
    ANALYSIS: Record<string, string>;
  };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { readFileSync, readdirSync } = require('fs') as typeof import('fs');
  const dir = join(__dirname, '../../../.tools/bench');
  const sources = readdirSync(dir)
    .filter((f) => f !== 'analysis.cjs')
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');

  it.each(Object.keys(ANALYSIS))('names a figure the bench writes: %s', (name) => {
    // A renamed figure would lose its analysis silently.
    expect(sources).toContain(`'${name}'`);
  });
});
