/** Every `/privacy` subcommand, in the order the help lists them. Adding one is one file and one line here. */
import { adminSubcommand } from './admin';
import { appsSubcommand } from './apps';
import { cancelSubcommand } from './cancel';
import { contactSubcommand } from './contact';
import { helpSubcommand } from './help';
import { mydataSubcommand } from './mydata';
import { policySubcommand } from './policy';
import { requestSubcommand } from './request';
import { statusSubcommand } from './status';
import type { Subcommand } from './subcommand';

export const SUBCOMMANDS: readonly Subcommand[] = [
  policySubcommand,
  requestSubcommand,
  statusSubcommand,
  cancelSubcommand,
  mydataSubcommand,
  contactSubcommand,
  appsSubcommand,
  adminSubcommand,
  helpSubcommand(() => SUBCOMMANDS),
];

export function findSubcommand(name: string): Subcommand | undefined {
  return SUBCOMMANDS.find((s) => s.name === name);
}
