import { createBackend } from '@backstage/backend-defaults';
import { findStartupProblem } from './preflight';

async function main() {
  const problem = await findStartupProblem(process.argv);
  if (problem) {
    console.error(`MPK portal backend cannot start: ${problem}`);
    process.exit(1);
  }

  const backend = createBackend();

  backend.add(import('@backstage/plugin-app-backend'));
  backend.add(import('@backstage/plugin-proxy-backend'));

  backend.add(import('@backstage/plugin-scaffolder-backend'));
  backend.add(import('@backstage/plugin-scaffolder-backend-module-github'));
  backend.add(
    import('@backstage/plugin-scaffolder-backend-module-notifications'),
  );

  backend.add(import('@backstage/plugin-techdocs-backend'));

  // Guest sign-in for local use: https://backstage.io/docs/auth/guest/provider
  backend.add(import('@backstage/plugin-auth-backend'));
  backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));
  // Sign-in through OpenID Connect (provider id oidc) as the catalog User with the email; it
  // replaces @backstage/plugin-auth-backend-module-oidc-provider, which must not be added too.
  backend.add(import('@mpk-portal/plugin-auth-backend-module-mpk-provider'));

  backend.add(import('@backstage/plugin-catalog-backend'));
  backend.add(
    import('@backstage/plugin-catalog-backend-module-scaffolder-entity-model'),
  );
  // Logs catalog processing errors, e.g. a cluster entity with malformed mpk.io labels.
  backend.add(import('@backstage/plugin-catalog-backend-module-logs'));

  backend.add(import('@backstage/plugin-permission-backend'));
  // Who may see and do what: the pods' roles, and each customer in its own room.
  backend.add(
    import('@mpk-portal/plugin-permission-backend-module-mpk-policy'),
  );

  // The pg search engine falls back to the in-memory one on SQLite.
  backend.add(import('@backstage/plugin-search-backend'));
  backend.add(import('@backstage/plugin-search-backend-module-pg'));
  backend.add(import('@backstage/plugin-search-backend-module-catalog'));
  backend.add(import('@backstage/plugin-search-backend-module-techdocs'));

  backend.add(import('@backstage/plugin-kubernetes-backend'));

  backend.add(import('@backstage/plugin-user-settings-backend'));
  backend.add(import('@backstage/plugin-notifications-backend'));
  backend.add(import('@backstage/plugin-signals-backend'));
  backend.add(import('@backstage/plugin-mcp-actions-backend'));

  // Managed Platform for Kubernetes: contract rules, cluster entities, design actions.
  backend.add(import('@mpk-portal/plugin-mpk-backend'));
  // Example tickets and conformance runs; a production backend leaves this module out.
  backend.add(import('@mpk-portal/plugin-mpk-backend-module-examples'));
  backend.add(import('@mpk-portal/plugin-catalog-backend-module-mpk'));
  backend.add(import('@mpk-portal/plugin-scaffolder-backend-module-mpk'));

  await backend.start();
}

main().catch(error => {
  console.error(
    `MPK portal backend failed to start: ${
      error instanceof Error ? error.message : error
    }`,
  );
  process.exit(1);
});
