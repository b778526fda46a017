import { sortPersonRecords, whatCanBeDeleted } from '../../../../src/core/myData/myData';
import type { MyData } from '../../../../src/core/myData/myData';
import { translator } from '../../../../src/core/i18n/translator';
import type { PrivacyRequest } from '../../../../src/core/requests/request';
import { myDataDeletedText, myDataText } from '../../../../src/engine/views/myDataText';

const now = new Date('2026-11-30T10:00:00Z');
const en = translator('en');
const request = {
  id: 'r-1',
  ref: 'PR-1A2B3C4D',
  type: 'access',
  jurisdiction: 'gdpr',
  status: 'completed',
  submittedAt: '2026-11-01T10:00:00Z',
  details: 'Everything, see <https://evil.example|here>',
  email: 'alice@example.org',
  routing: { vendor: { categories: ['account'] } },
  channel: 'endpoint',
  history: [],
  categories: ['account'],
} as unknown as PrivacyRequest;

const data = (raws: unknown[], requests: PrivacyRequest[] = [request]): MyData<PrivacyRequest> => ({
  ...sortPersonRecords(raws),
  requests,
});

describe('/privacy mydata as the person reads it', () => {
  it('shows each request with what they wrote, quoted so it cannot pass for the app', () => {
    const shown = data([{ v: 1, jurisdiction: 'lgpd' }]);
    const text = myDataText({ data: shown, plan: whatCanBeDeleted(shown, now) }, en);
    expect(text).toContain('*What Privacy Center stores about you*');
    expect(text).toContain('`PR-1A2B3C4D` A copy of my data (GDPR');
    expect(text).toContain('e-mail alice@example.org');
    expect(text).toMatch(/You wrote:\n> Everything, see .*hxxps\[:\]\/\/evil\[\.\]example/);
    expect(text).toContain('*The law you picked in the policy view*: LGPD (Brazil)');
    expect(text).not.toContain('Request forms opened and not sent');
  });

  it('the delete answer lists what went and what stayed; with nothing to delete it says so', () => {
    const some = data([{ v: 1, jurisdiction: 'lgpd' }]);
    expect(myDataDeletedText(whatCanBeDeleted(some, now), en)).toContain(
      '*Deleted*:\n• the law you picked\nKept: open requests 0, finished requests 1',
    );
    const none = data([]);
    expect(myDataDeletedText(whatCanBeDeleted(none, now), en)).toContain('There was nothing to delete');
  });
});
