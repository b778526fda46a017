/** The call's log, as the use cases see it (the adapter is the app's logger: never console.log). */
export interface Log {
  info(...items: unknown[]): void;
  warn(...items: unknown[]): void;
  error(...items: unknown[]): void;
}
