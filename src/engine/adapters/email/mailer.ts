/** The Mailer port over the call (see emailHandover.ts for what each e-mail says). */
import type { Mailer } from '../../../core/ports/mail';
import type { MailCall } from './emailHandover';
import { emailCancellation, emailDpo, handOverByEmail } from './emailHandover';

export function mailerOf(call: MailCall): Mailer {
  return {
    emailTrack: (request, track) => emailDpo(call, request, track),
    emailCancellation: (request) => emailCancellation(call, request),
    handOver: (request) => handOverByEmail(call, request),
  };
}
