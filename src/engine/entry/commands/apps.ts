import { needsRefresh } from '../../../core/apps/cache';
import { APPS_REFRESH_NOW_JOB } from '../../adapters/scheduler/jobIds';
import { refreshNow } from '../../../app/appsDirectory/refresh';
import { directoryState } from '../../../app/appsDirectory/state';
import { saveFilter } from '../../adapters/appsDirectory/appsDirectory';
import { directoryPorts } from '../../adapters/appsDirectory/ports';
import { notifyEphemeral } from '../../adapters/messaging/notifier';
import { USER_TIMEOUT_MS } from '../../adapters/appsDirectory/workspaceApi';
import { appsView } from '../../views/appsView';
import { viewData } from '../../views/appsViewData';
import type { Subcommand } from './subcommand';

/**
 * `/privacy apps [search words]`: the installed-apps directory, opened from the cache. Only an
 * empty cache is read while the user waits (with a short time-out); a stale one is shown with
 * its age while a job reads the workspace again.
 */
export const appsSubcommand: Subcommand = {
  name: 'apps',
  helpKey: 'help.cmd.apps',
  async run(call) {
    const { appId, read, modify, persistence, logger, user, room, triggerId, args, translator } = call;
    if (!triggerId) {
      await notifyEphemeral(read, modify, user, room, translator.t('apps.error.noView'));
      return;
    }
    const now = call.now();
    const ports = directoryPorts(call);
    // Opening the directory starts a new search: the words typed after the command, no category.
    const filter = await saveFilter(persistence, user.id, { query: args.join(' ') });
    let state = await directoryState(ports);
    let refreshing = false;
    if (state.access.ok && !state.cache?.installed) {
      state = await refreshNow(state, ports, USER_TIMEOUT_MS);
    } else if (state.access.ok && needsRefresh(state.cache, now, state.refreshMinutes)) {
      try {
        await modify.getScheduler().scheduleOnce({ id: APPS_REFRESH_NOW_JOB, when: 'now' });
        refreshing = true;
      } catch (error) {
        logger.error('could not schedule the app directory refresh', String(error));
      }
    }
    const view = appsView(viewData(appId, state, filter, now, refreshing), translator);
    await modify.getUiController().openSurfaceView(view, { triggerId }, user);
  },
};
