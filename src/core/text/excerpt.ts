/**
 * Words that are not ours (an endpoint's error, a vendor's reason) shown inside our messages:
 * bounded, on one line, and quoted as inline code so that they cannot mention anyone, link,
 * format or imitate the app's own lines.
 */
const CONTROL_OR_BIDI = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function quotedExcerpt(text: string, max = 200): string {
  const flat = text.replace(CONTROL_OR_BIDI, ' ').replace(/`/g, "'").replace(/\s+/g, ' ').trim();
  const cut = flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
  return `\`${cut || '-'}\``;
}
