// The HTML pages of the example identity provider: the persona chooser and errors.
import type { ExampleAccount } from './accounts.ts';

export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    c =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[
        c
      ]!),
  );
}

const style = `
  body { font-family: system-ui, sans-serif; margin: 0; background: #f4f5f7; color: #1f2328; }
  main { max-width: 44rem; margin: 2rem auto; padding: 0 1rem; }
  h1 { font-size: 1.5rem; margin-bottom: 0.25rem; }
  .note { color: #59636e; margin-top: 0; }
  ul { list-style: none; padding: 0; }
  li { background: #fff; border: 1px solid #d1d9e0; border-radius: 6px; margin: 0.5rem 0;
       padding: 0.75rem 1rem; display: flex; align-items: center; gap: 1rem; }
  li button { min-width: 11rem; padding: 0.5rem 0.75rem; font-size: 1rem; font-weight: 600;
              cursor: pointer; border: 1px solid #0969da; border-radius: 6px; background: #0969da;
              color: #fff; text-align: left; }
  li p { margin: 0; color: #59636e; }
  .cancel { background: none; border: none; color: #0969da; cursor: pointer; padding: 0;
            font-size: 0.95rem; text-decoration: underline; }
`;

function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${style}</style>
</head>
<body><main>${body}</main></body>
</html>`;
}

/** What a persona does, in one line: "Developer at Acme · customer-developer · Acme Corporation". */
export function describeAccount(account: ExampleAccount): string {
  return [
    account.description,
    account.role,
    ...account.groups.map(group => group.title),
    account.email,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The login page: one button per persona, which signs in at once (no password). */
export function loginPage(options: {
  uid: string;
  clientId: string;
  accounts: ExampleAccount[];
}): string {
  const action = `/interaction/${encodeURIComponent(options.uid)}`;
  const items = options.accounts
    .map(
      account => `
    <li>
      <button type="submit" name="account" value="${escapeHtml(account.id)}"
        aria-describedby="about-${escapeHtml(account.id)}">${escapeHtml(
        account.name,
      )}</button>
      <p id="about-${escapeHtml(account.id)}">${escapeHtml(
        describeAccount(account),
      )}</p>
    </li>`,
    )
    .join('');
  return page(
    'Example identity provider: sign in',
    `
  <h1>Example identity provider</h1>
  <p class="note">Sign in to <strong>${escapeHtml(
    options.clientId,
  )}</strong> as one of the
  example personas of <code>examples/org.yaml</code>. This provider is for local use only: it
  asks for no password.</p>
  <form method="post" action="${action}/login">
    <ul>${items}
    </ul>
  </form>
  <form method="post" action="${action}/abort">
    <button type="submit" class="cancel">Cancel sign-in</button>
  </form>`,
  );
}

/** An error page of the provider, e.g. for an expired sign-in. */
export function errorPage(message: string, detail?: string): string {
  return page(
    'Example identity provider: error',
    `
  <h1>Example identity provider</h1>
  <p role="alert">${escapeHtml(message)}</p>
  ${detail ? `<p class="note">${escapeHtml(detail)}</p>` : ''}`,
  );
}
