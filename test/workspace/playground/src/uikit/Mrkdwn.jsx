// A minimal mrkdwn formatter: *bold* (and **bold**), _italic_, ~strike~, `code`, links
// (<url|text>, [text](url), bare URLs) and line breaks. The web client formats mrkdwn with its
// own message parser; fuselage-ui-kit 0.31 alone prints it raw, so the playground does this much.
const TOKEN = new RegExp(
  [
    /<((?:https?:\/\/|mailto:)[^|>\s]+)\|([^>]+)>/.source, // 1,2: <url|text>
    /<((?:https?:\/\/|mailto:)[^>\s]+)>/.source, // 3: <url>
    /\[([^\]\n]+)\]\(((?:https?:\/\/|mailto:)[^)\s]+)\)/.source, // 4,5: [text](url)
    /(https?:\/\/[^\s<>()]*[^\s<>().,;:!?'"])/.source, // 6: bare url
    /\*\*([^*\n]+)\*\*/.source, // 7: **bold**
    /(?<![\w*])\*([^*\n]+)\*(?![\w*])/.source, // 8: *bold*
    /(?<![\w_])_([^_\n]+)_(?![\w_])/.source, // 9: _italic_
    /(?<![\w~])~([^~\n]+)~(?![\w~])/.source, // 10: ~strike~
    /`([^`\n]+)`/.source, // 11: `code`
  ].join('|'),
  'g',
);

const Link = ({ href, children }) => (
  <a href={href} target="_blank" rel="noopener noreferrer">
    {children}
  </a>
);

function formatLine(line, keyPrefix) {
  const nodes = [];
  let last = 0;
  let n = 0;
  for (const m of line.matchAll(TOKEN)) {
    if (m.index > last) nodes.push(line.slice(last, m.index));
    const key = `${keyPrefix}-${n++}`;
    if (m[1])
      nodes.push(
        <Link key={key} href={m[1]}>
          {formatLine(m[2], key)}
        </Link>,
      );
    else if (m[3])
      nodes.push(
        <Link key={key} href={m[3]}>
          {m[3]}
        </Link>,
      );
    else if (m[4])
      nodes.push(
        <Link key={key} href={m[5]}>
          {formatLine(m[4], key)}
        </Link>,
      );
    else if (m[6])
      nodes.push(
        <Link key={key} href={m[6]}>
          {m[6]}
        </Link>,
      );
    else if (m[7] || m[8]) nodes.push(<strong key={key}>{formatLine(m[7] || m[8], key)}</strong>);
    else if (m[9]) nodes.push(<em key={key}>{formatLine(m[9], key)}</em>);
    else if (m[10]) nodes.push(<del key={key}>{formatLine(m[10], key)}</del>);
    else if (m[11]) nodes.push(<code key={key}>{m[11]}</code>);
    last = m.index + m[0].length;
  }
  if (last < line.length) nodes.push(line.slice(last));
  return nodes;
}

export function formatMrkdwn(text) {
  const lines = String(text ?? '').split('\n');
  return lines.flatMap((line, i) =>
    i === 0 ? formatLine(line, `l${i}`) : [<br key={`br${i}`} />, ...formatLine(line, `l${i}`)],
  );
}

export const Mrkdwn = ({ text }) => <>{formatMrkdwn(text)}</>;
