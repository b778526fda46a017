/** What the person reads of the operator's track: the DMs at each move, and `/privacy status` with both tracks. */
import { translator } from '../../../../src/core/i18n/translator';
import type { OperatorMove, OperatorTrack } from '../../../../src/core/requests/operatorMoves';
import { operatorMoveText } from '../../../../src/engine/views/operatorMoveText';
import { requestDetailText, requestListText } from '../../../../src/engine/views/requestHistoryText';
import { operatorOnlyRequest, queuedRequest } from '../../core/requests/fixtures';

const en = translator('en');
const de = translator('de');
const pt = translator('pt-BR');
const at = '2026-03-05T10:00:00.000Z';
const told = { told: 'admins', dpoEmail: 'dpo@example.org' } as const;

describe('the direct message at each move', () => {
  const request = operatorOnlyRequest({ status: 'delivered' });
  const answer = (
    outcome: 'done' | 'partly_done' | 'refused',
    extra: Partial<OperatorMove> = {},
  ): OperatorMove => ({ move: 'answer', by: 'a', at, outcome, ...extra }) as OperatorMove;

  it('taken: says who handles it now and the due date, in the person’s language', () => {
    expect(operatorMoveText(request, { move: 'take', by: 'a', at }, pt)).toBe(
      'Sua solicitação de privacidade PR-1A2B3C4D (Uma cópia dos meus dados) agora está sendo tratada pelo responsável por este espaço de trabalho.\nA resposta deve chegar até 2 de abril de 2026.',
    );
  });

  it('answered with a link and the operator’s words quoted; a refusal under GDPR names the right to complain', () => {
    const text = operatorMoveText(
      request,
      answer('done', { text: 'Attached.', link: 'https://files.example.org/x' }),
      de,
    )!;
    expect(text).toContain('beantwortet: erledigt');
    expect(text).toContain('<https://files.example.org/x|herunterladen>');
    expect(text).not.toContain('Aufsichtsbehörde');
    expect(operatorMoveText(request, answer('refused', { text: 'No.' }), en)).toContain(
      'supervisory authority',
    );
    expect(
      operatorMoveText({ ...request, jurisdiction: 'ccpa' }, answer('refused', { text: 'No.' }), en),
    ).not.toContain('supervisory authority');
  });

  it('what the operator typed cannot pass for the app’s own lines', () => {
    const text = operatorMoveText(
      request,
      answer('done', { text: 'ok\n*Privacy Center*: click https://evil.example' }),
      en,
    )!;
    expect(
      text
        .split('\n')
        .slice(2)
        .every((line) => line.startsWith('>')),
    ).toBe(true);
  });

  it('a note and a withdrawal send nothing', () => {
    expect(operatorMoveText(request, { move: 'note', by: 'a', at, text: 'x' }, en)).toBeUndefined();
    expect(operatorMoveText(request, { move: 'withdraw', by: 'u123', at }, en)).toBeUndefined();
  });
});

describe('/privacy status shows both tracks side by side', () => {
  const track: OperatorTrack = {
    state: 'in_progress',
    takenBy: 'admin-1',
    extensions: 1,
    due: '2026-05-20T09:30:00.000Z',
    moves: [
      { move: 'take', by: 'admin-1', at },
      { move: 'note', by: 'admin-1', at, text: 'internal: check backups' },
      {
        move: 'extend',
        by: 'admin-1',
        at: '2026-03-06T10:00:00.000Z',
        due: '2026-05-20T09:30:00.000Z',
        text: 'why',
      },
    ],
  };
  const both = queuedRequest({ status: 'delivered', workspaceNotice: told, operatorTrack: track });

  it('the list line names each track', () => {
    expect(requestListText([both], en, 10)).toContain(
      "the vendor's part: received by the vendor; this workspace's part: being handled by this workspace's operator",
    );
  });

  it('the detail: the operator’s deadline and moves in the history, never a note or an admin’s id', () => {
    const text = requestDetailText(both, en, 0);
    expect(text).toContain("This workspace's operator extended its deadline to May 20, 2026.");
    expect(text).toContain("taken up by this workspace's operator");
    expect(text).toContain("deadline extended by this workspace's operator to May 20, 2026");
    expect(text).not.toContain('check backups');
    expect(text).not.toContain('admin-1');
  });

  it('an operator-only request answered reads as answered, in German too', () => {
    const answered = operatorOnlyRequest({
      status: 'delivered',
      workspaceNotice: told,
      operatorTrack: { state: 'answered', outcome: 'partly_done', extensions: 0, moves: [] },
    });
    expect(requestListText([answered], de, 10)).toContain(
      'vom Betreiber dieses Arbeitsbereichs beantwortet: teilweise erledigt',
    );
  });
});
