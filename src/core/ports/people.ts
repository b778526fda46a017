/** People as the use cases see them: found by user id only (a freed username may belong to someone else). */
export interface People {
  /** The person's current username, or undefined when the account is gone. */
  usernameOf(userId: string): Promise<string | undefined>;
}
