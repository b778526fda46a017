'use strict';
// A throwaway stand-in for test/workspace/start.js, used only while developing the page:
// `node test/browser/support/stub-workspace.js` serves dist/ and a fake /api on PORT (3399).
const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');

const dist = path.resolve(__dirname, '../../workspace/playground/dist');
const users = [
  { id: 'u1', username: 'admin', name: 'Ada Admin', language: undefined, roles: ['admin'] },
  { id: 'u2', username: 'bruno', name: 'Bruno Beispiel', language: 'de', roles: ['user'] },
];
const rights = { gdpr: 'Auskunft, Berichtigung, Löschung', ccpa: 'Wissen, Löschen, Korrigieren, Opt-out' };
const transcript = [];
let views = [];
const sel = (j) => ({
  type: 'static_select',
  appId: 'app',
  blockId: 'jur',
  actionId: 'jur-select',
  placeholder: { type: 'plain_text', text: 'Rechtsordnung wählen' },
  options: Object.keys(rights).map((k) => ({
    value: k,
    text: { type: 'plain_text', text: k.toUpperCase() },
  })),
  initialOption: { value: j, text: { type: 'plain_text', text: j.toUpperCase() } },
});
const policy = (j) => ({
  id: 'policy-view',
  type: 'contextualBar',
  appId: 'app',
  title: { type: 'plain_text', text: 'Datenschutzerklärung' },
  close: { type: 'button', actionId: 'close', text: { type: 'plain_text', text: 'Schließen' } },
  blocks: [
    {
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: '*Ihr Arbeitsbereich*\n_selbst gehostet_, siehe <https://example.org|Richtlinie>',
      },
    },
    { type: 'divider' },
    { type: 'section', blockId: 'jur', text: { type: 'mrkdwn', text: 'Rechtsordnung' }, accessory: sel(j) },
    { type: 'section', text: { type: 'mrkdwn', text: `Rechte: ${rights[j]}` } },
    {
      type: 'actions',
      blockId: 'opts',
      elements: [
        {
          type: 'checkbox',
          actionId: 'cb',
          options: [{ value: 'a', text: { type: 'plain_text', text: 'Option A' } }],
        },
      ],
    },
  ],
});
const modal = {
  id: 'req-modal',
  type: 'modal',
  appId: 'app',
  title: { type: 'plain_text', text: 'Anfrage' },
  submit: { type: 'button', actionId: 'submit', text: { type: 'plain_text', text: 'Senden' } },
  close: { type: 'button', actionId: 'cancel', text: { type: 'plain_text', text: 'Abbrechen' } },
  blocks: [
    {
      type: 'input',
      blockId: 'kind',
      label: { type: 'plain_text', text: 'Art' },
      element: {
        type: 'radio_button',
        actionId: 'kind',
        options: [
          { value: 'access', text: { type: 'plain_text', text: 'Auskunft' } },
          { value: 'erase', text: { type: 'plain_text', text: 'Löschung' } },
        ],
      },
    },
    {
      type: 'input',
      blockId: 'details',
      label: { type: 'plain_text', text: 'Details' },
      element: { type: 'plain_text_input', actionId: 'details', multiline: true },
    },
  ],
};
const log = [];
const json = (res, status, body) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};
const server = http.createServer((req, res) => {
  let raw = '';
  req.on('data', (c) => (raw += c));
  req.on('end', () => {
    const url = new URL(req.url, 'http://x');
    const body = raw ? JSON.parse(raw) : {};
    if (url.pathname.startsWith('/api/'))
      log.push({ ts: Date.now(), level: 'info', message: `${req.method} ${url.pathname} ${raw}` });
    switch (`${req.method} ${url.pathname}`) {
      case 'GET /api/state':
        return json(res, 200, {
          users,
          rooms: [{ id: 'GENERAL', name: 'general', type: 'c' }],
          deployment: { mode: 'registered' },
          siteUrl: 'https://chat.example.org',
          settings: [
            { id: 'dpo_email', type: 'string', value: 'x@y.z', packageValue: '' },
            {
              id: 'default_jurisdiction',
              type: 'select',
              value: 'gdpr',
              packageValue: 'gdpr',
              values: [
                { key: 'gdpr', i18nLabel: 'GDPR' },
                { key: 'ccpa', i18nLabel: 'CCPA' },
              ],
            },
          ],
          endpointUrl: 'http://127.0.0.1:1/dsr',
        });
      case 'POST /api/command': {
        const sub = body.text.split(/\s+/)[1] ?? 'help';
        if (sub === 'policy')
          views = [
            ...views.filter((v) => v.viewId !== 'policy-view'),
            { viewId: 'policy-view', surface: 'contextualBar', view: policy('gdpr') },
          ];
        else if (sub === 'request') views.push({ viewId: 'req-modal', surface: 'modal', view: modal });
        else
          transcript.push({
            id: String(transcript.length),
            kind: 'ephemeral',
            roomId: 'GENERAL',
            roomType: 'c',
            sender: { username: 'privacy-center.bot', name: 'Privacy Center' },
            text: '*Hilfe*\n`/privacy policy` zeigt die _Richtlinie_',
            ts: new Date().toISOString(),
          });
        return json(res, 200, { ok: true });
      }
      case 'GET /api/transcript':
        return json(res, 200, transcript);
      case 'GET /api/views':
        return json(res, 200, views);
      case 'POST /api/actions':
        if (body.actionId === 'jur-select')
          views = views.map((v) => (v.viewId === 'policy-view' ? { ...v, view: policy(body.value) } : v));
        return json(res, 200, { ok: true });
      case 'POST /api/views/submit':
        if (!body.state.details?.details)
          return json(res, 200, { ok: false, errors: { details: 'Bitte ausfüllen' } });
        views = views.filter((v) => v.viewId !== body.viewId);
        return json(res, 200, { ok: true });
      case 'POST /api/views/close':
        views = views.filter((v) => v.viewId !== body.viewId);
        return json(res, 200, { ok: true });
      case 'GET /api/logs':
        return json(res, 200, log.slice(-50));
      case 'GET /api/emails':
      case 'GET /api/endpoint/inbox':
        return json(res, 200, []);
      default:
        if (url.pathname.startsWith('/api/')) return json(res, 200, { ok: true });
    }
    const file = path.join(dist, url.pathname === '/' ? 'index.html' : url.pathname);
    if (!file.startsWith(dist) || !fs.existsSync(file)) return json(res, 404, { error: 'not found' });
    const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
});
server.listen(Number(process.env.PORT ?? 3399), '127.0.0.1', () =>
  console.log(`http://127.0.0.1:${server.address().port}/`),
);
