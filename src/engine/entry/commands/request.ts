import { firstTypeWords, typeFromWords } from '../../../core/requests/typeWords';
import { notifyEphemeral } from '../../adapters/messaging/notifier';
import { openRequestModal } from '../interactions/requestModalFlow';
import { limitNotice } from '../../../app/requests/dailyLimit';
import { limitPortsOf } from '../../adapters/filingPorts';
import type { Subcommand } from './subcommand';

/**
 * `/privacy request [what]`: opens the request modal, with the type preselected when the person
 * named one in their words. An unknown word is answered ("did you mean"), not silently replaced
 * by the first type; a person at the daily limit is told so before they type anything.
 */
export const requestSubcommand: Subcommand = {
  name: 'request',
  helpKey: 'help.cmd.request',
  async run(call) {
    const { read, modify, user, room, triggerId, args, translator } = call;
    const { t, language } = translator;
    const wanted = typeFromWords(args, language);
    if (wanted?.kind === 'unknown') {
      const words = firstTypeWords(language)
        .map((w) => `\`${w}\``)
        .join(', ');
      const text = [
        t('request.typeUnknown', { input: wanted.input, words }),
        ...(wanted.suggestion ? [t('request.typeDidYouMean', { suggestion: wanted.suggestion })] : []),
      ].join(' ');
      await notifyEphemeral(read, modify, user, room, text);
      return;
    }
    const atLimit = await limitNotice(limitPortsOf(call), user.id, translator, user.utcOffset);
    if (atLimit) {
      await notifyEphemeral(read, modify, user, room, atLimit);
      return;
    }
    if (!triggerId) {
      await notifyEphemeral(read, modify, user, room, t('error.noView'));
      return;
    }
    await openRequestModal(call, user, triggerId, translator, {
      type: wanted?.type,
    });
  },
};
