/** The call's log, as the use cases see it (the engine's logger fits; never console.log). Never given secrets or request contents. */
export interface Log {
  debug(...items: unknown[]): void;
  info(...items: unknown[]): void;
  warn(...items: unknown[]): void;
  error(...items: unknown[]): void;
}
