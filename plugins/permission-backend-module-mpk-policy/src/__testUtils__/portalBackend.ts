import { httpAuthServiceFactory } from '@backstage/backend-defaults/httpAuth';
import { permissionsServiceFactory } from '@backstage/backend-defaults/permissions';
import { permissionsRegistryServiceFactory } from '@backstage/backend-defaults/permissionsRegistry';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import catalogModuleScaffolderEntityModel from '@backstage/plugin-catalog-backend-module-scaffolder-entity-model';
import permissionPlugin from '@backstage/plugin-permission-backend';
import catalogModuleMpk from '@mpk-portal/plugin-catalog-backend-module-mpk';
import mpkPlugin from '@mpk-portal/plugin-mpk-backend';
import { resolve } from 'node:path';
import request from 'supertest';
import { permissionModuleMpkPolicy } from '../module';
import { pluginHeader, testAuthServiceFactory } from './testAuth';

/** The repository's examples folder. */
export const examples = resolve(__dirname, '../../../../examples');

/**
 * The portal's permission-relevant parts on one test backend: the real permission backend with
 * the mpk policy, the real catalog reading the example organisation, clusters and templates, and
 * the mpk plugin; the permission system is the real one, not a mock that allows everything.
 */
export async function startPortalBackend() {
  const { server } = await startTestBackend({
    features: [
      testAuthServiceFactory,
      httpAuthServiceFactory,
      permissionsServiceFactory,
      permissionsRegistryServiceFactory,
      permissionPlugin,
      permissionModuleMpkPolicy,
      catalogPlugin,
      catalogModuleScaffolderEntityModel,
      catalogModuleMpk,
      mpkPlugin,
      mockServices.rootConfig.factory({
        data: {
          permission: { enabled: true },
          catalog: {
            rules: [
              { allow: ['Component', 'System', 'Resource', 'Group', 'User'] },
              { allow: ['Location', 'Template'] },
            ],
            locations: [
              'org.yaml',
              'clusters.yaml',
              'templates/detailed-design/template.yaml',
              'templates/provision-cluster/template.yaml',
            ].map(file => ({ type: 'file', target: resolve(examples, file) })),
          },
        },
      }),
    ],
  });
  await untilCatalogHas(server, [
    'resource/default/globex-prod',
    'user/default/dana-acme',
    'template/default/mpk-provision-cluster',
  ]);
  return server;
}

/** Waits until the catalog has ingested the given entities (kind/namespace/name). */
export async function untilCatalogHas(
  server: Parameters<typeof request>[0],
  paths: string[],
) {
  const deadline = Date.now() + 60_000;
  for (const path of paths) {
    for (;;) {
      const response = await request(server)
        .get(`/api/catalog/entities/by-name/${path}`)
        .set('Authorization', pluginHeader('test'));
      if (response.status === 200) break;
      if (Date.now() > deadline) {
        throw new Error(`The catalog did not ingest ${path} within 60 s`);
      }
      await new Promise(r => setTimeout(r, 250));
    }
  }
}
