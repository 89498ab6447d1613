/**
 * A short, human description of a User-Agent header ("Firefox on Windows"), so that a person can
 * tell their sessions apart. Unknown agents are described as well as possible, never invented.
 */
export function describeUserAgent(userAgent: string | null | undefined): string {
  const agent = (userAgent ?? '').trim();
  if (!agent) return 'Unknown browser or client';
  const browser = browserOf(agent);
  const system = systemOf(agent);
  if (browser && system) return `${browser} on ${system}`;
  if (browser) return browser;
  // Not a browser: a script or another program; its own first word names it best (e.g. "curl/8.5.0").
  const program = /^[A-Za-z][\w.-]*(\/[\w.]+)?/.exec(agent)?.[0];
  return program ?? 'Unknown browser or client';
}

function browserOf(agent: string): string | null {
  // Order matters: Edge and Opera also say "Chrome", and Chrome also says "Safari".
  const browsers: [RegExp, string][] = [
    [/\bEdg(e|A|iOS)?\//, 'Edge'],
    [/\b(OPR|Opera)\//, 'Opera'],
    [/\bSamsungBrowser\//, 'Samsung Internet'],
    [/\b(Firefox|FxiOS)\//, 'Firefox'],
    [/\b(HeadlessChrome)\//, 'Headless Chrome'],
    [/\b(Chrome|CriOS|Chromium)\//, 'Chrome'],
    [/\bVersion\/[\d.]+.*\bSafari\//, 'Safari'],
  ];
  return browsers.find(([pattern]) => pattern.test(agent))?.[1] ?? null;
}

function systemOf(agent: string): string | null {
  const systems: [RegExp, string][] = [
    [/\b(iPhone|iPad|iPod)\b/, 'iOS'],
    [/\bAndroid\b/, 'Android'],
    [/\bCrOS\b/, 'ChromeOS'],
    [/\bWindows\b/, 'Windows'],
    [/\bMac OS X\b|\bMacintosh\b/, 'macOS'],
    [/\bLinux\b/, 'Linux'],
  ];
  return systems.find(([pattern]) => pattern.test(agent))?.[1] ?? null;
}
