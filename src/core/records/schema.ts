/**
 * Stored records carry the version of their shape (`v`, as request records and their events do) and are parsed on read: a record
 * another version of the app wrote, or one edited by hand, must not flow on as a value it is not.
 * A record without a version is from before versions were kept, and is read as version 1.
 */
export type Versioned<T> = T & { v: number };

export function versioned<T extends object>(value: T, v: number): Versioned<T> {
  return { ...value, v };
}

export type Fields = Readonly<Record<string, unknown>>;

/**
 * The record as `parse` makes it, or undefined when it is not an object, was written in another
 * shape (a newer app wrote it: its shape is unknown here), or does not parse.
 */
export function parseVersioned<T>(
  raw: unknown,
  schema: number,
  parse: (fields: Fields) => T | undefined,
): T | undefined {
  if (!isFields(raw)) return undefined;
  const version = raw.v ?? 1;
  if (version !== schema) return undefined;
  return parse(raw);
}

export function isFields(raw: unknown): raw is Fields {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw);
}

export const isText = (value: unknown): value is string => typeof value === 'string';
