/** Looks up the app's words in the user's language and fills in placeholders. */
import type { Language } from './languages';
import type { MessageKey, Translation } from './messages/en';
import { en } from './messages/en';
import { de } from './messages/de';
import { es } from './messages/es';
import { fr } from './messages/fr';
import { ptBR } from './messages/ptBR';

export const CATALOGUE: Record<Language, Translation> = { en, de, 'pt-BR': ptBR, es, fr };

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

export interface Translator {
  language: Language;
  t: Translate;
}

export function translator(language: Language): Translator {
  const messages = CATALOGUE[language];
  const t: Translate = (key, params) => fill(messages[key] ?? en[key], params);
  return { language, t };
}

/** Replaces {name} with params.name; an unknown placeholder stays visible rather than vanishing. */
export function fill(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}
