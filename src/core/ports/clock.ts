/** Time and ids come from outside the core: tests move the clock instead of sleeping. */
export interface Clock {
  now(): Date;
}

export interface Ids {
  /** A new random id (request ids are UUIDs; lease holders are hex). */
  next(): string;
}
