// Offline stand-in for `jsr:@std/io`: the Apps-Engine Deno runtime uses only `writeAll`
// (lib/messenger.ts, lib/metricsCollector.ts). Same contract: write every byte, in order.
export interface Writer {
  write(p: Uint8Array): Promise<number>;
}

export async function writeAll(writer: Writer, data: Uint8Array): Promise<void> {
  let written = 0;
  while (written < data.length) {
    written += await writer.write(data.subarray(written));
  }
}
