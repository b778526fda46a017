import { notifyEphemeral } from '../../adapters/messaging/notifier';
import { policyForUser } from '../../adapters/server/policySource';
import { contactLines } from '../../views/contactBlocks';
import type { Subcommand } from './subcommand';

export const contactSubcommand: Subcommand = {
  name: 'contact',
  helpKey: 'help.cmd.contact',
  async run(call) {
    const { read, modify, user, room, translator } = call;
    const policy = await policyForUser(call, user);
    const text = [`*${translator.t('contact.title')}*`, ...contactLines(policy, translator)].join('\n\n');
    await notifyEphemeral(read, modify, user, room, text);
  },
};
