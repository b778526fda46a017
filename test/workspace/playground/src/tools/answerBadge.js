// What the reference endpoint answered to one call, as a badge: the HTTP status code itself
// (the same in every language), or a sign for a call it never answered.
export function answerBadge(answer) {
  if (!answer) return { text: '…', kind: 'pending', title: 'being answered' };
  if (answer.reset) return { text: '✕', kind: 'none', title: 'connection reset, no answer' };
  if (answer.held)
    return {
      text: '⏳',
      kind: 'none',
      title: `held without an answer${answer.ended ? ` (${answer.ended})` : ''}`,
    };
  const status = Number(answer.status);
  const kind = status >= 500 ? 'danger' : status >= 400 ? 'warning' : status >= 200 ? 'success' : 'none';
  return { text: String(answer.status), kind, title: `HTTP ${answer.status}` };
}
