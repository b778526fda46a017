/** Where the endpoint calls back: named here so the create body and the endpoint agree. */
export const CALLBACK_PATH = 'dsr-callback';

export function callbackUrl(siteUrl: string, appId: string): string {
  return `${siteUrl.replace(/\/+$/, '')}/api/apps/public/${appId}/${CALLBACK_PATH}`;
}
