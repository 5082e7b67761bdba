/**
 * Every host X serves its web app from. The content script's matches, the host permissions, the
 * per-site settings and the package test all come from this one list. It knows no DOM, so settings
 * can use it without depending on the page layer.
 */
export const X_HOSTS = {
  'x.com': 'x',
  'twitter.com': 'twitter',
  'mobile.x.com': 'mobile',
  'mobile.twitter.com': 'mobile',
  'pro.x.com': 'pro',
} as const;

export type XHost = keyof typeof X_HOSTS;
/** The groups a user can switch on or off separately in the settings. */
export type SiteGroup = (typeof X_HOSTS)[XHost];

export const X_MATCH_PATTERNS = Object.keys(X_HOSTS).map((host) => `https://${host}/*`);

export function siteGroupOf(hostname: string): SiteGroup | undefined {
  return X_HOSTS[hostname as XHost];
}
