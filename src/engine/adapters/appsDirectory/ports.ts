/** The app directory's ports for one call, over its accessors, logger, settings and clock. */
import { randomBytes } from 'crypto';
import type { AppsDirectoryPorts } from '../../../core/ports/appsDirectory';
import type { EngineCall } from '../engineCall';
import { leaseOver } from '../persistence/namedLease';
import { cacheStoreOver } from './appsDirectory';
import { workspaceApiOver } from './workspaceApi';

export function directoryPorts(
  call: Pick<EngineCall, 'read' | 'http' | 'persistence' | 'logger' | 'settings' | 'now'>,
): AppsDirectoryPorts {
  const reader = call.read.getPersistenceReader();
  const log = { warn: (message: string) => call.logger.warn(message) };
  const clock = { now: call.now };
  return {
    workspace: workspaceApiOver(call.http, call.read),
    cache: cacheStoreOver(reader, call.persistence, log),
    lease: leaseOver(reader, call.persistence, clock),
    clock,
    ids: { next: () => randomBytes(8).toString('hex') },
    settings: call.settings,
    log,
  };
}
