// The example identity provider signs anyone in as anyone with one click: never in production.

/** The one line the example identity provider refuses production with. */
export const productionRefusal =
  'The example identity provider refuses to start with NODE_ENV=production: it signs anyone in ' +
  'as any example persona without a password. Configure a real OpenID Connect provider ' +
  '(auth.providers.oidc.production, see the README section "Sign-in").';

/** Thrown by startExampleIdp in production; its message is {@link productionRefusal}. */
export class ProductionRefusedError extends Error {
  constructor() {
    super(productionRefusal);
    this.name = 'ProductionRefusedError';
  }
}

/** Throws {@link ProductionRefusedError} when the environment says production. */
export function refuseProduction(env: NodeJS.ProcessEnv = process.env): void {
  if (env.NODE_ENV?.trim().toLowerCase() === 'production') {
    throw new ProductionRefusedError();
  }
}
