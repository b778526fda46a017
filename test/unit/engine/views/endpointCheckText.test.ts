import type { StepResult } from '../../../../src/app/admin/endpointCheck';
import { translator } from '../../../../src/core/i18n/translator';
import { endpointCheckText } from '../../../../src/engine/views/endpointCheckText';

const en = translator('en').t;
const de = translator('de').t;
const skipped = (step: StepResult['step']): StepResult => ({ step, outcome: 'skipped' });
const ok = (step: StepResult['step']): StepResult => ({ step, outcome: 'ok' });

describe('endpointCheckText', () => {
  it('lists every step as ok and says the endpoint is ready', () => {
    const text = endpointCheckText([ok('url'), ok('https'), ok('reachable'), ok('token')], en);
    expect(text).toBe(
      [
        '*Request endpoint check*',
        '✅ An endpoint URL is set and in force: ok',
        '✅ The address uses https (or a local address allowed for development): ok',
        '✅ The address answers: ok',
        '✅ The endpoint accepts the token: ok',
        '',
        'Every step passed: the endpoint is ready for requests.',
      ].join('\n'),
    );
  });

  it('names the URL setting as the admin sees it when none is set, in German', () => {
    const results: StepResult[] = [
      { step: 'url', outcome: 'failed', problem: 'missing' },
      skipped('https'),
      skipped('reachable'),
      skipped('token'),
    ];
    const text = endpointCheckText(results, de);
    expect(text).toContain('❌ Eine Endpunkt-URL ist eingetragen und gültig: fehlgeschlagen');
    expect(text).toContain(de('check.fix.url.missing', { setting: de('setting.dsr_endpoint_url') }));
    expect(text).toContain('➖ Die Adresse antwortet: nicht geprüft');
    expect(text).not.toContain(de('check.allOk'));
  });

  it('names the token setting when the token is refused', () => {
    const text = endpointCheckText(
      [
        ok('url'),
        ok('https'),
        ok('reachable'),
        { step: 'token', outcome: 'failed', problem: 'refused', status: 401 },
      ],
      en,
    );
    expect(text).toContain('The endpoint refused the token (it answered 401).');
    expect(text).toContain('*Request endpoint token*');
  });

  it('a failing vendor and a rate limit are told as such, in German too', () => {
    const steps = (last: StepResult) => [ok('url'), ok('https'), ok('reachable'), last];
    expect(
      endpointCheckText(steps({ step: 'token', outcome: 'failed', problem: 'unavailable', status: 503 }), de),
    ).toContain('Der Endpunkt hat gerade eine Störung (er antwortete 503)');
    const limited: StepResult = { step: 'token', outcome: 'failed', problem: 'rate_limited', status: 429 };
    expect(endpointCheckText(steps({ ...limited, retryAfter: 30 }), en)).toContain(
      'run the check again in 30 seconds.',
    );
    expect(endpointCheckText(steps(limited), en)).toContain('run the check again in a few minutes.');
  });

  it('quotes an unexpected answer so that it cannot mention or link', () => {
    const text = endpointCheckText(
      [
        ok('url'),
        ok('https'),
        ok('reachable'),
        {
          step: 'token',
          outcome: 'failed',
          problem: 'contract',
          status: 200,
          answer: '@all see https://evil.example',
        },
      ],
      en,
    );
    expect(text).toContain('it answered 200 “＠all see hxxps[:]//evil[.]example”');
    expect(text).not.toContain('@all');
  });

  it('explains an internal address with the development setting, and an unreachable one with the reason', () => {
    const internal = endpointCheckText(
      [
        ok('url'),
        { step: 'https', outcome: 'failed', problem: 'internal_address' },
        skipped('reachable'),
        skipped('token'),
      ],
      en,
    );
    expect(internal).toContain('*Allow local endpoint addresses (development)*');
    const unreachable = endpointCheckText(
      [ok('url'), ok('https'), { step: 'reachable', outcome: 'failed', reason: 'timeout' }, skipped('token')],
      en,
    );
    expect(unreachable).toContain('The address is unreachable (no answer in time).');
  });
});
