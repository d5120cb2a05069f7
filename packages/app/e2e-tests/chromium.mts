// Debian's Chromium (installed by .ci/test when missing), driven through playwright-core.
import { chromium, type Browser } from 'playwright-core';

/** Launches Chromium headless, without the background traffic that slows a sandboxed run. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-sync',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}
