/** Who handles the privacy requests of this workspace: people with a role named in the setting. Pure. */

/** True when one of the user's roles is one of the handler roles (role names compare exactly). */
export function isRequestHandler(
  userRoles: readonly string[] | undefined,
  handlerRoles: readonly string[],
): boolean {
  const handlers = new Set(handlerRoles);
  return (userRoles ?? []).some((role) => handlers.has(role));
}
