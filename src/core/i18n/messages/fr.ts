import type { Translation } from './en';
import { en } from './en';

// Translation pending: replaced by the full translation.
export const fr: Translation = { ...en };
