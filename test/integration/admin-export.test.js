'use strict';
/**
 * `/privacy admin export` in the real runtime (issue 11): the register of requests as a CSV file in
 * the admin's direct messages, with the right rows and no free text unless asked for (`full`); a
 * person who does not handle requests gets the refusal and no file.
 */
const {
  useRequestsWorkspace,
  fileRequest,
  dmsTo,
  noticesTo,
  wordsFor,
  storedRequest,
  formatDate,
} = require('./helpers/requests');

jest.setTimeout(90_000);

let host;
useRequestsWorkspace({ settings: { admin_usernames: 'admin' } }, (started) => ({ host } = started));

/** RFC 4180, as the app writes it: every cell quoted, CRLF line ends, a byte order mark first. */
function parseCsv(text) {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const rows = [];
  const cell = /"((?:[^"]|"")*)"(,|\r\n)/gy;
  cell.lastIndex = 1;
  let row = [];
  let match;
  let end = 1;
  while ((match = cell.exec(text))) {
    end = cell.lastIndex;
    row.push(match[1].replace(/""/g, '"'));
    if (match[2] === '\r\n') {
      rows.push(row);
      row = [];
    }
  }
  expect(end).toBe(text.length);
  return rows;
}

const DETAILS = '=HYPERLINK("https://evil.example","click"), and my words';
let filed;

beforeAll(async () => {
  const a = await fileRequest(host, 'alice', { categories: ['account', 'content'], details: DETAILS });
  const b = await fileRequest(host, 'bruno', { categories: ['usage'] });
  await host.runJobs();
  filed = [a, b].map(({ id }) => storedRequest(host, id));
});

const uploadsTo = (roomId) => host.uploads().filter((u) => u.roomId === roomId);
const contentOf = (upload) => Buffer.from(upload.content, 'base64').toString('utf8');

it('a handler gets the register in their direct messages, as a file with one row per request', async () => {
  const t = wordsFor('admin');
  const before = host.uploads().length;
  const result = await host.runCommand('admin', '/privacy admin export');
  expect(result.ok).toBe(true);
  const [upload, ...more] = host.uploads().slice(before);
  expect(more).toEqual([]);
  expect(upload.name).toMatch(/^privacy-requests-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(noticesTo(host, 'admin').at(-1).text).toBe(t('admin.export.sent', { file: upload.name }));
  // In the admin's direct messages with the app: the line, then the file.
  const dms = dmsTo(host, 'admin');
  expect(dms.at(-1).attachments).toEqual([
    expect.objectContaining({ title: upload.name, uploadId: upload.id }),
  ]);
  expect(dms.at(-1).roomId).toBe(upload.roomId);
  const today = new Date().toISOString().slice(0, 10);
  expect(dms.at(-2).text).toBe(t('admin.export.message', { date: formatDate(today, 'en'), count: 2 }));

  const rows = parseCsv(contentOf(upload));
  expect(rows[0]).toEqual(
    ['reference', 'law', 'type', 'tracks', 'submitted', 'due', 'vendorState', 'operatorState', 'outcome'].map(
      (c) => t(`export.col.${c}`),
    ),
  );
  const byRef = new Map(rows.slice(1).map((r) => [r[0], r]));
  expect(rows).toHaveLength(3);
  for (const request of filed) {
    const row = byRef.get(request.ref);
    expect(row.slice(0, 5)).toEqual([
      request.ref,
      request.jurisdiction,
      request.type,
      [request.routing.vendor && 'vendor', request.routing.workspace && 'workspace']
        .filter(Boolean)
        .join('+'),
      request.submittedAt,
    ]);
    expect(row[5]).toBe(request.due ?? '');
    expect(row[6]).toBe(request.routing.vendor ? request.status : '');
    expect(row[7]).toBe(request.routing.workspace ? 'new' : '');
  }
  expect(contentOf(upload)).not.toMatch(/alice|bruno|example\.org|my words|HYPERLINK/);
});

it('full: adds what the person wrote, with the formula neutralised', async () => {
  const before = host.uploads().length;
  await host.runCommand('admin', '/privacy admin export full');
  const [upload] = host.uploads().slice(before);
  expect(upload.name).toMatch(/-full\.csv$/);
  const rows = parseCsv(contentOf(upload));
  const row = rows.find((r) => r[0] === filed[0].ref);
  expect(row).toHaveLength(11);
  expect(row[9]).toBe(`'${DETAILS}`);
});

it('someone who does not handle requests gets the refusal and no file', async () => {
  const before = host.uploads().length;
  const dmsBefore = dmsTo(host, 'alice').length;
  await host.runCommand('alice', '/privacy admin export');
  expect(noticesTo(host, 'alice').at(-1).text).toBe(wordsFor('alice')('admin.refusal'));
  expect(host.uploads()).toHaveLength(before);
  expect(dmsTo(host, 'alice')).toHaveLength(dmsBefore);
});

it('in German and Portuguese, the column names and the answer are in the handler’s language', async () => {
  await host.setAppSetting('handler_roles', 'admin, user');
  try {
    for (const username of ['bruno', 'carla']) {
      const t = wordsFor(username);
      const before = host.uploads().length;
      await host.runCommand(username, '/privacy admin export');
      const [upload] = host.uploads().slice(before);
      expect(noticesTo(host, username).at(-1).text).toBe(t('admin.export.sent', { file: upload.name }));
      expect(parseCsv(contentOf(upload))[0][0]).toBe(t('export.col.reference'));
      expect(uploadsTo(upload.roomId)).toHaveLength(1);
    }
  } finally {
    await host.setAppSetting('handler_roles', 'admin');
  }
});
