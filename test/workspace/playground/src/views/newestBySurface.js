// The newest open view of each surface (the API lists them newest last).
export function newestBySurface(entries = []) {
  const newest = {};
  for (const entry of entries) newest[entry.surface] = entry;
  return { modal: newest.modal, contextualBar: newest.contextualBar };
}
