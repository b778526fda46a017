/**
 * The e-mail a request is filed under: the first verified one, else the first one (marked
 * unverified). The modal shows the same one, since it asks this function too.
 */
export interface Identity {
  email: string;
  emailVerified: boolean;
}

/** What the user record offers (the Apps-Engine user has this shape; the core needs no more). */
export interface UserEmails {
  emails?: ReadonlyArray<{ address: string; verified?: boolean }>;
}

export function identityOf(user: UserEmails): Identity | undefined {
  const emails = (user.emails ?? []).filter((e) => e.address);
  const chosen = emails.find((e) => e.verified === true) ?? emails[0];
  return chosen ? { email: chosen.address, emailVerified: chosen.verified === true } : undefined;
}
