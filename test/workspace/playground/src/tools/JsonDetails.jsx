// The raw record behind a line, for whoever needs the detail.
export const JsonDetails = ({ value, summary = 'details' }) => (
  <details className="pg-json">
    <summary>{summary}</summary>
    <pre>{JSON.stringify(value, null, 2)}</pre>
  </details>
);
