/** The languages the app speaks, and how it picks one for a user. */
export const LANGUAGES = ['en', 'de', 'pt-BR', 'es', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * Maps a Rocket.Chat language code (`de`, `de-AT`, `pt-BR`, `pt_BR`, `pt`, `es-MX`, ...) to one
 * of ours, or undefined when we do not speak it.
 */
export function matchLanguage(code: unknown): Language | undefined {
  if (typeof code !== 'string' || code.trim() === '') return undefined;
  const normalized = code.trim().replace('_', '-').toLowerCase();
  const exact = LANGUAGES.find((l) => l.toLowerCase() === normalized);
  if (exact) return exact;
  const base = normalized.split('-')[0];
  if (base === 'pt') return 'pt-BR';
  return LANGUAGES.find((l) => l === base);
}

/** The user's own preference, else the server's Language setting, else English. */
export function chooseLanguage(userPreference: unknown, serverLanguage: unknown): Language {
  return matchLanguage(userPreference) ?? matchLanguage(serverLanguage) ?? 'en';
}
