// The workspace runs on Node 20, while the root pins @types/node 16 for the app: the few newer
// members it uses (guarded with `?.` where older versions lack them).
export {};

declare global {
  interface ImportMeta {
    /** Node 20.11+: the folder of this module. */
    dirname: string;
    filename: string;
  }
}

declare module 'http' {
  interface Server {
    /** Node 18.2+. */
    closeAllConnections(): void;
  }
}
