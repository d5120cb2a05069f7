// The example identity provider's command line, run with plain node (Node 22 strips the types):
//   node packages/example-idp/src/main.ts [--port 7008] [--org examples/org.yaml] ...
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readExampleAccounts } from './accounts.ts';
import { ProductionRefusedError, refuseProduction } from './production.ts';
import { defaultPort, startExampleIdp } from './server.ts';

const usage = `Usage: node packages/example-idp/src/main.ts [options]

A local OpenID Connect provider whose accounts are the example personas (the Users with an email
of the org file). Its login page signs in with one click and no password: it refuses to start
with NODE_ENV=production.

  --port N             port to listen on, 0 for a free one (default ${defaultPort})
  --host ADDRESS       address to listen on (default 127.0.0.1)
  --issuer URL         issuer identifier (default http://localhost:<port>)
  --org FILE           org file of the accounts; repeat to add the Users of more files
                       (default examples/org.yaml)
  --client-id ID       the portal's client id (default mpk-portal)
  --client-secret S    the portal's client secret (default mpk-local-example-idp-secret)
  --redirect-uri URL   where the provider may send the browser back; repeatable
                       (default http://localhost:7007/api/auth/oidc/handler/frame)
  --help               this text`;

const defaultOrgFile = fileURLToPath(
  new URL('../../../examples/org.yaml', import.meta.url),
);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      issuer: { type: 'string' },
      org: { type: 'string', multiple: true },
      'client-id': { type: 'string' },
      'client-secret': { type: 'string' },
      'redirect-uri': { type: 'string', multiple: true },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  refuseProduction();
  const port = Number(values.port ?? defaultPort);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port ${values.port} is not a port number`);
  }
  const [orgFile, ...extraOrgFiles] = (values.org ?? [defaultOrgFile]).map(
    file => resolve(file),
  );
  const extraAccounts = (
    await Promise.all(extraOrgFiles.map(file => readExampleAccounts(file)))
  ).flat();
  const clientId = values['client-id'] ?? 'mpk-portal';

  const idp = await startExampleIdp({
    orgFile,
    extraAccounts,
    port,
    host: values.host,
    issuer: values.issuer,
    clients: [
      {
        clientId,
        clientSecret: values['client-secret'] ?? 'mpk-local-example-idp-secret',
        redirectUris: values['redirect-uri'] ?? [
          'http://localhost:7007/api/auth/oidc/handler/frame',
        ],
      },
    ],
  });
  console.log(
    `Example identity provider on ${idp.issuer} (discovery ${idp.metadataUrl}), ` +
      `client ${clientId}, ${idp.accounts.length} personas: ${idp.accounts
        .map(account => account.name)
        .join(', ')}`,
  );

  const stop = () => {
    idp.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  if (error instanceof ProductionRefusedError) {
    console.error(error.message);
  } else {
    console.error(
      `The example identity provider cannot start: ${
        error instanceof Error ? error.message : String(error)
      }`,
    );
  }
  process.exit(1);
});
