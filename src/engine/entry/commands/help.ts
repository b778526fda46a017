import { helpText } from '../../views/helpText';
import { notifyEphemeral } from '../../adapters/messaging/notifier';
import type { Subcommand } from './subcommand';

/** Made with the list of subcommands so the help always names exactly what exists. */
export function helpSubcommand(all: () => readonly Subcommand[]): Subcommand {
  return {
    name: 'help',
    helpKey: 'help.cmd.help',
    async run({ read, modify, user, room, translator }) {
      const text = helpText({ entries: all().map((s) => s.helpKey) }, translator.t);
      await notifyEphemeral(read, modify, user, room, text);
    },
  };
}
