import { Box, Callout, CheckBox } from '@rocket.chat/fuselage';
import { useState } from 'react';
import { api } from '../api/client';
import { usePoll } from '../api/usePoll';
import { when } from './when';

// The app's logs, newest first. Lines come flat ({ ts, severity, call, args }) or as the
// engine stores them ({ method, entries: [{ severity, timestamp, args }] }).
// The engine's own entries are objects with a `msg`; show that, the rest is in the details.
const wordOf = (a) =>
  typeof a === 'string' ? a : a && typeof a.msg === 'string' ? a.msg : JSON.stringify(a);
const words = (args) => (args ?? []).map(wordOf).join(' ');
const LONG = 400;

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
  const [debug, setDebug] = useState(false);
  const all = flatten(Array.isArray(data) ? data : (data?.logs ?? []));
  const lines = debug ? all : all.filter((line) => line.level !== 'debug');
  return (
    <Box data-qa="logs-panel">
      <Box is="label" display="flex" alignItems="center" fontScale="c1" mbe={8}>
        <CheckBox checked={debug} onChange={() => setDebug(!debug)} />
        <Box mis={4}>show debug lines ({all.length - all.filter((l) => l.level !== 'debug').length})</Box>
      </Box>
      {error && <Callout type="danger">{error}</Callout>}
      {lines.length === 0 && <Box color="hint">No log entries yet.</Box>}
      {lines.slice(0, 300).map((line, i) => (
        <Box key={i} className={`pg-log pg-log-${line.level}`}>
          <span className="pg-log-meta">
            {when(line.ts)} {line.level}
            {line.where ? ` ${line.where}` : ''}
          </span>{' '}
          {line.text.length > LONG ? `${line.text.slice(0, LONG)} ...` : line.text}
        </Box>
      ))}
    </Box>
  );
}
