export const when = (ts) => {
  if (!ts) return '';
  const date = new Date(ts);
  return Number.isNaN(date.getTime()) ? String(ts) : date.toLocaleTimeString();
};
