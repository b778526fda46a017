import { Box, Callout } from '@rocket.chat/fuselage';
import { api } from '../api/client';
import { usePoll } from '../api/usePoll';
import { JsonDetails } from './JsonDetails';
import { when } from './when';

// The app's logs, newest first. Lines come flat ({ ts, severity, call, args }) or as the
// engine stores them ({ method, entries: [{ severity, timestamp, args }] }).
const words = (args) => (args ?? []).map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');

function flatten(records) {
  const lines = [];
  for (const record of records) {
    if (Array.isArray(record.entries)) {
      for (const entry of record.entries)
        lines.push({
          ts: entry.timestamp ?? record._createdAt,
          level: entry.severity ?? 'info',
          where: record.method,
          text: words(entry.args),
        });
    } else {
      lines.push({
        ts: record.ts ?? record.timestamp,
        level: record.severity ?? record.level ?? 'info',
        where: record.call ?? record.method,
        text: record.args ? words(record.args) : (record.message ?? record.text ?? JSON.stringify(record)),
      });
    }
  }
  return lines.reverse();
}

export function LogsPanel() {
  const { data, error } = usePoll(api.logs, 'logs');
  const lines = flatten(Array.isArray(data) ? data : (data?.logs ?? []));
  return (
    <Box data-qa="logs-panel">
      {error && <Callout type="danger">{error}</Callout>}
      {lines.length === 0 && <Box color="hint">No log entries yet.</Box>}
      {lines.slice(0, 300).map((line, i) => (
        <Box key={i} className={`pg-log pg-log-${line.level}`}>
          <span className="pg-log-meta">
            {when(line.ts)} {line.level}
            {line.where ? ` ${line.where}` : ''}
          </span>{' '}
          {line.text}
        </Box>
      ))}
      {data && lines.length === 0 && <JsonDetails value={data} summary="raw" />}
    </Box>
  );
}
