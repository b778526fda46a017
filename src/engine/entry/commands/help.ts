import { helpText } from '../../views/helpText';
import { notifyEphemeral } from '../../adapters/messaging/notifier';
import { visibleSubcommands } from './handlers';
import type { Subcommand } from './subcommand';

/** Made with the list of subcommands so the help always names exactly what exists. */
export function helpSubcommand(all: () => readonly Subcommand[]): Subcommand {
  return {
    name: 'help',
    helpKey: 'help.cmd.help',
    async run({ read, modify, user, room, translator, settings }) {
      const visible = await visibleSubcommands(all(), settings, user);
      const text = helpText({ entries: visible.map((s) => s.helpKey) }, translator.t);
      await notifyEphemeral(read, modify, user, room, text);
    },
  };
}
