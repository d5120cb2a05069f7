// A browser for tests of the sign-in flow over HTTP: fetch with cookies and followed redirects.

/** The result of a navigation: the last response and the address it came from. */
export interface Navigation {
  response: Response;
  url: string;
}

const isRedirect = (status: number) => status >= 300 && status < 400;

/**
 * Keeps cookies per host (host and port: the portal's backend and the identity provider both run
 * on localhost), follows redirects like a browser and submits forms. Enough for OpenID Connect
 * flows; no paths, domains or expiry dates beyond deletion.
 */
export class CookieBrowser {
  readonly #jars = new Map<string, Map<string, string>>();

  /** Every address a navigation went through, in order. */
  readonly visited: string[] = [];

  cookies(url: string): Map<string, string> {
    const host = new URL(url).host;
    let jar = this.#jars.get(host);
    if (!jar) {
      jar = new Map();
      this.#jars.set(host, jar);
    }
    return jar;
  }

  #store(url: string, response: Response): void {
    const jar = this.cookies(url);
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some(attribute => {
        const [key, val = ''] = attribute.trim().split('=');
        return (
          (key.toLowerCase() === 'max-age' && Number(val) <= 0) ||
          (key.toLowerCase() === 'expires' && Date.parse(val) < Date.now())
        );
      });
      if (expired) jar.delete(name);
      else jar.set(name, value);
    }
  }

  /** One request with this browser's cookies, redirects not followed. */
  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    const cookie = [...this.cookies(url)]
      .map(([name, value]) => `${name}=${value}`)
      .join('; ');
    if (cookie) headers.set('Cookie', cookie);
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    this.#store(url, response);
    return response;
  }

  /** Loads an address (or submits with `init`) and follows redirects as a browser does. */
  async navigate(url: string, init: RequestInit = {}): Promise<Navigation> {
    let current = url;
    let request = init;
    for (let hops = 0; hops < 20; hops++) {
      this.visited.push(current);
      const response = await this.fetch(current, request);
      const location = response.headers.get('location');
      if (!isRedirect(response.status) || !location) {
        return { response, url: current };
      }
      await response.body?.cancel();
      current = new URL(location, current).href;
      request = {};
    }
    throw new Error(`Too many redirects from ${url}`);
  }

  /** Submits a form (application/x-www-form-urlencoded) and follows the redirects. */
  submit(url: string, fields: Record<string, string>): Promise<Navigation> {
    return this.navigate(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
  }
}

const entities: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};
const unescapeHtml = (value: string) =>
  value.replace(/&(?:amp|lt|gt|quot|#39);/g, entity => entities[entity]);

/** The forms of a page: action, method and the values of its submit buttons. */
export function parseForms(
  html: string,
  base: string,
): {
  action: string;
  method: string;
  buttons: { name: string; value: string; label: string }[];
}[] {
  return [...html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)].map(
    ([, attributes, body]) => {
      const attribute = (source: string, name: string) => {
        const value = new RegExp(`\\b${name}="([^"]*)"`).exec(source)?.[1];
        return value === undefined ? undefined : unescapeHtml(value);
      };
      return {
        action: new URL(attribute(attributes, 'action') ?? '', base).href,
        method: (attribute(attributes, 'method') ?? 'get').toLowerCase(),
        buttons: [
          ...body.matchAll(/<button\b([^>]*)>([\s\S]*?)<\/button>/g),
        ].map(([, buttonAttributes, label]) => ({
          name: attribute(buttonAttributes, 'name') ?? '',
          value: attribute(buttonAttributes, 'value') ?? '',
          label: unescapeHtml(label.replace(/<[^>]*>/g, '').trim()),
        })),
      };
    },
  );
}
