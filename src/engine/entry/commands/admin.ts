/**
 * `/privacy admin`: the tools for the people who handle privacy requests. Everyone else gets a
 * polite refusal and nothing more. The role is checked here, when the command runs.
 */
import { randomUUID } from 'crypto';
import { checkEndpoint } from '../../../app/admin/endpointCheck';
import { dsrEndpoint } from '../../adapters/dsr/dsrEndpoint';
import { notifyEphemeral } from '../../adapters/messaging/notifier';
import { bullets } from '../../views/blocks';
import { endpointCheckText } from '../../views/endpointCheckText';
import { openConsoleList } from '../interactions/console/list';
import { exportRegister } from './adminExport';
import { handlesRequests } from './handlers';
import { posture } from './adminPosture';
import type { CommandContext, Subcommand } from './subcommand';
import { exportAcknowledgements, policyAcksText } from './policyAcks';

async function runTest(call: CommandContext): Promise<string> {
  const results = await checkEndpoint(dsrEndpoint(call), randomUUID);
  return endpointCheckText(results, call.translator.t);
}

export const adminSubcommand: Subcommand = {
  name: 'admin',
  helpKey: 'help.cmd.admin',
  forHandlers: true,
  async run(call) {
    const { read, modify, user, room, translator, args, triggerId } = call;
    const { t } = translator;
    if (!(await handlesRequests(call.settings, user))) {
      await notifyEphemeral(read, modify, user, room, t('admin.refusal'));
      return;
    }
    const [action, option] = args;
    const list = [
      t('admin.title'),
      bullets([
        t('admin.cmd.console'),
        t('admin.cmd.test'),
        t('admin.cmd.posture'),
        t('admin.cmd.export'),
        t('admin.cmd.acks'),
        t('admin.cmd.help'),
      ]),
    ].join('\n');
    // With nothing after it: the console (a modal), where the client can open one.
    if (action === undefined && triggerId) {
      await openConsoleList(call, user, triggerId);
      return;
    }
    let text: string;
    if (action === undefined) text = [t('console.noView'), '', list].join('\n');
    else if (action.toLowerCase() === 'help') text = list;
    else if (action.toLowerCase() === 'test') text = await runTest(call);
    else if (action.toLowerCase() === 'acks')
      text =
        option?.toLowerCase() === 'export' ? await exportAcknowledgements(call) : await policyAcksText(call);
    else if (action.toLowerCase() === 'posture') text = await posture(call);
    else if (action.toLowerCase() === 'export' && (option === undefined || option.toLowerCase() === 'full'))
      text = await exportRegister(call, option !== undefined);
    else text = [t('admin.unknown', { input: args.join(' ').slice(0, 40) }), '', list].join('\n');
    await notifyEphemeral(read, modify, user, room, text);
  },
};
