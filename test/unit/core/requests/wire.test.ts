import {
  API_VERSION,
  createBody,
  EXTENSION_KEY,
  parseStatusAnswer,
} from '../../../../src/core/requests/wire';
import { queuedRequest, REQUEST_ID, snapshot, SUBMITTED } from './fixtures';

const WORKSPACE = { siteUrl: 'https://chat.example.org', workspaceId: 'chat.example.org' };
const CALLBACK = 'https://chat.example.org/api/apps/public/app-id/dsr-callback';

describe('the create body', () => {
  it('matches the contract field for field', () => {
    const apps = [{ id: 'app-1', name: 'Poll', version: '1.2.3', author: 'Acme' }];
    const body = createBody({ ...queuedRequest(), apps }, WORKSPACE, CALLBACK);
    expect(body).toStrictEqual({
      api_version: '2.0',
      subject_request_id: REQUEST_ID,
      subject_request_type: 'access',
      regulation: 'gdpr',
      submitted_time: SUBMITTED,
      subject_identities: [
        { identity_type: 'email', identity_value: 'alice@example.org', identity_format: 'raw' },
        {
          identity_type: 'controller_customer_id',
          identity_value: 'chat.example.org/u123',
          identity_format: 'raw',
        },
      ],
      status_callback_urls: [CALLBACK],
      extensions: {
        'privacy-center': {
          workspace: {
            site_url: 'https://chat.example.org',
            deployment: 'self_hosted_registered',
            detected_by: 'registration_check',
          },
          jurisdiction: 'gdpr',
          data_categories: ['usage', 'tracking'],
          apps: [{ id: 'app-1', name: 'Poll', version: '1.2.3', author: 'Acme' }],
          details: 'Please send me everything.',
          due_time: '2026-04-02T09:30:00.000Z',
          locale: 'de',
          email_verified: true,
        },
      },
    });
    expect(API_VERSION).toBe('2.0');
    expect(EXTENSION_KEY).toBe('privacy-center');
  });

  it('puts the OpenDSR fields first and the extension last', () => {
    expect(Object.keys(createBody(queuedRequest(), WORKSPACE, CALLBACK))).toEqual([
      'api_version',
      'subject_request_id',
      'subject_request_type',
      'regulation',
      'submitted_time',
      'subject_identities',
      'status_callback_urls',
      'extensions',
    ]);
  });

  it('sends status_callback_urls only when the workspace is reachable', () => {
    const body = createBody(queuedRequest(), WORKSPACE);
    expect('status_callback_urls' in body).toBe(false);
    expect('status_callback_urls' in createBody(queuedRequest(), WORKSPACE, '')).toBe(false);
    expect(body.extensions[EXTENSION_KEY].apps).toEqual([]);
  });

  it('leaves due_time out where the law sets no deadline', () => {
    const body = createBody(
      queuedRequest({ type: 'information', due: undefined, jurisdiction: 'other' }),
      WORKSPACE,
    );
    const extension = body.extensions[EXTENSION_KEY];
    expect('due_time' in extension).toBe(false);
    expect(body.regulation).toBe('other');
    expect(body.subject_request_type).toBe('information');
  });

  it('carries only the vendor track categories, never the workspace track', () => {
    const request = queuedRequest({
      categories: ['account', 'usage', 'app', 'content', 'tracking'],
      routing: {
        vendor: { categories: ['app'], reason: 'registered_services' },
        workspace: {
          categories: ['account', 'usage', 'app', 'content', 'tracking'],
          reason: 'operator_holds',
        },
        vendorOptional: false,
        uncertain: false,
      },
    });
    expect(createBody(request, WORKSPACE).extensions[EXTENSION_KEY].data_categories).toEqual(['app']);
    const noVendor = queuedRequest({
      routing: {
        workspace: { categories: ['account'], reason: 'operator_holds' },
        vendorOptional: true,
        uncertain: false,
      },
    });
    expect(createBody(noVendor, WORKSPACE).extensions[EXTENSION_KEY].data_categories).toEqual([]);
  });

  it('says when the email is not verified, and uses the extension names of the other regimes', () => {
    const body = createBody(
      queuedRequest({ emailVerified: false, jurisdiction: 'ccpa', type: 'sale_opt_out', language: 'pt-BR' }),
      WORKSPACE,
    );
    expect(body.regulation).toBe('ccpa');
    expect(body.subject_request_type).toBe('sale_opt_out');
    expect(body.extensions[EXTENSION_KEY]).toMatchObject({
      email_verified: false,
      locale: 'pt-BR',
      jurisdiction: 'ccpa',
    });
  });

  it('keeps the id the same for every retry and does not touch the request', () => {
    const request = queuedRequest();
    const before = snapshot(request);
    const a = createBody(request, WORKSPACE, CALLBACK);
    const b = createBody(request, WORKSPACE, CALLBACK);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(request).toEqual(before);
  });
});

describe('reading a status answer', () => {
  it.each([
    ['pending', 'delivered'],
    ['in_progress', 'in_progress'],
    ['completed', 'completed'],
    ['cancelled', 'cancelled'],
    ['rejected', 'rejected'],
  ])('maps the endpoint status %s to %s', (requestStatus, status) => {
    expect(
      parseStatusAnswer({ subject_request_id: REQUEST_ID, request_status: requestStatus }, REQUEST_ID),
    ).toStrictEqual({ status });
  });

  it('keeps the expected completion time, an https results URL and the reason', () => {
    expect(
      parseStatusAnswer(
        {
          subject_request_id: REQUEST_ID,
          request_status: 'completed',
          expected_completion_time: '2026-03-30T00:00:00Z',
          results_url: 'https://dsr.example.com/results/1',
          reason: 'done',
          api_version: '2.0',
        },
        REQUEST_ID,
      ),
    ).toStrictEqual({
      status: 'completed',
      expectedCompletionTime: '2026-03-30T00:00:00Z',
      resultsUrl: 'https://dsr.example.com/results/1',
      reason: 'done',
    });
  });

  it.each([
    'http://dsr.example.com/results/1',
    'javascript:alert(1)',
    'ftp://dsr.example.com/r',
    '//dsr.example.com/r',
    '',
    42,
    // A link the person reads in a message: nothing in it may mention, format or start a line.
    'https://dsr.example.com/r @all',
    'https://dsr.example.com/r\n*Your request was erased*',
    'https://dsr.example.com/r\u202e',
    'https://dsr.example.com/<!here>',
    'https://dsr.example.com/`x`',
  ])('drops the results URL %p', (resultsUrl) => {
    const parsed = parseStatusAnswer(
      { subject_request_id: REQUEST_ID, request_status: 'completed', results_url: resultsUrl },
      REQUEST_ID,
    );
    expect(parsed).toStrictEqual({ status: 'completed' });
  });

  it('accepts an upper-case HTTPS scheme', () => {
    expect(
      parseStatusAnswer(
        {
          subject_request_id: REQUEST_ID,
          request_status: 'completed',
          results_url: 'HTTPS://dsr.example.com/r',
        },
        REQUEST_ID,
      )?.resultsUrl,
    ).toBe('HTTPS://dsr.example.com/r');
  });

  it('bounds what it keeps', () => {
    const parsed = parseStatusAnswer(
      {
        subject_request_id: REQUEST_ID,
        request_status: 'rejected',
        expected_completion_time: '2'.repeat(100),
        reason: 'r'.repeat(900),
        results_url: `https://x.example/${'a'.repeat(3000)}`,
      },
      REQUEST_ID,
    );
    expect(parsed?.expectedCompletionTime).toBe('2'.repeat(40));
    expect(parsed?.reason).toBe('r'.repeat(500));
    expect(parsed?.resultsUrl).toHaveLength(2048);
  });

  it('ignores empty or non-string optional fields', () => {
    expect(
      parseStatusAnswer(
        {
          subject_request_id: REQUEST_ID,
          request_status: 'in_progress',
          expected_completion_time: '',
          reason: 5,
        },
        REQUEST_ID,
      ),
    ).toStrictEqual({ status: 'in_progress' });
  });

  it.each([
    [
      'another id',
      { subject_request_id: 'bbbbbbbb-5e6f-4a7b-8c9d-0e1f2a3b4c5d', request_status: 'completed' },
    ],
    ['no id', { request_status: 'completed' }],
    ['an unknown status', { subject_request_id: REQUEST_ID, request_status: 'done' }],
    ['our own status name', { subject_request_id: REQUEST_ID, request_status: 'delivered' }],
    ['no status', { subject_request_id: REQUEST_ID }],
    ['null', null],
    ['a string', 'completed'],
    ['a number', 201],
    ['an array', [REQUEST_ID, 'completed']],
    ['undefined', undefined],
  ])('refuses %s', (_label, body) => {
    expect(parseStatusAnswer(body, REQUEST_ID)).toBeUndefined();
  });
});
