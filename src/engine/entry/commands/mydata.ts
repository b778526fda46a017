/** `/privacy mydata [delete]`: what the app stores about the person; `delete` removes what no open request needs. */
import { deleteWhatIsNotNeeded, showMyData } from '../../../app/myData/myData';
import { notifyEphemeral } from '../../adapters/messaging/notifier';
import { myDataDeletedText, myDataText } from '../../views/myDataText';
import { myDataStore } from './myDataStore';
import type { Subcommand } from './subcommand';

export const mydataSubcommand: Subcommand = {
  name: 'mydata',
  helpKey: 'help.cmd.mydata',
  async run(call) {
    const { read, modify, persistence, user, room, args, translator, logger } = call;
    const store = myDataStore(read.getPersistenceReader(), persistence, logger);
    const say = (text: string) => notifyEphemeral(read, modify, user, room, text);
    if ((args[0] ?? '').toLowerCase() === 'delete') {
      const plan = await deleteWhatIsNotNeeded(store, user.id, call.now());
      await say(myDataDeletedText(plan, translator));
      return;
    }
    await say(myDataText(await showMyData(store, user.id, call.now()), translator));
  },
};
