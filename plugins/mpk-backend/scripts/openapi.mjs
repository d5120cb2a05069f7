#!/usr/bin/env node
// Generates the typed artefacts of the mpk HTTP contract from src/schema/openapi.yaml, or verifies
// that the committed ones are current (`verify`, run by CI):
// - src/schema/openapiSpec.generated.json: the spec as JSON, which the router serves and the bundle
//   carries;
// - src/schema/openapi.generated.ts: each route's parameters, body and answers, which type the
//   backend's router through @backstage/backend-openapi-utils;
// - plugins/mpk-common/src/schema/openapi.generated.ts: the spec's paths, operations and
//   components as TypeScript types (openapi-typescript), which type the client every mpk package
//   calls with (plugins/mpk-client) and the router's endpoint map below.
// @backstage/repo-tools does the same with a Java generator that cannot be downloaded here.
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import prettier from 'prettier';
import { parse } from 'yaml';

const backend = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const root = resolve(backend, '../..');
const specFile = resolve(backend, 'src/schema/openapi.yaml');
const specJsonFile = resolve(backend, 'src/schema/openapiSpec.generated.json');
const serverFile = resolve(backend, 'src/schema/openapi.generated.ts');
const typesFile = resolve(
  root,
  'plugins/mpk-common/src/schema/openapi.generated.ts',
);
const methods = ['get', 'put', 'post', 'delete'];

const banner = `// THIS FILE IS GENERATED from plugins/mpk-backend/src/schema/openapi.yaml by
// plugins/mpk-backend/scripts/openapi.mjs; do not edit it, run \`npm run openapi:generate\`.
/* eslint-disable */
`;

async function format(text, file) {
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(text, { ...options, filepath: file });
}

// Each operation's parameters, JSON body and answers, keyed the way
// @backstage/backend-openapi-utils types a router: `#<method>|<path>`.
function endpointMap(spec) {
  const entries = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of methods.filter(m => item[m])) {
      const operation = item[method];
      const op = `MpkApiOperations['${operation.operationId}']`;
      const parameters = [
        ...(item.parameters ?? []),
        ...(operation.parameters ?? []),
      ].map(p =>
        p.$ref ? spec.components.parameters[p.$ref.split('/').pop()] : p,
      );
      const located = where => parameters.some(p => p.in === where);
      const fields = [];
      if (located('path')) fields.push(`path: ${op}['parameters']['path'];`);
      if (located('query')) {
        fields.push(`query: NonNullable<${op}['parameters']['query']>;`);
      }
      if (operation.requestBody?.content?.['application/json']) {
        fields.push(
          `body: NonNullable<${op}['requestBody']>['content']['application/json'];`,
        );
      }
      fields.push(`response: JsonBodies<${op}['responses']>;`);
      const key = `#${method === 'delete' ? '_delete' : method}|${path}`;
      entries.push(`'${key}': {\n${fields.join('\n')}\n};`);
    }
  }
  return `export type EndpointMap = {\n${entries.join('\n')}\n};`;
}

async function generated() {
  const spec = parse(await readFile(specFile, 'utf8'));
  const server = `${banner}
import {
  createValidatedOpenApiRouterFromGeneratedEndpointMap,
  internal,
} from '@backstage/backend-openapi-utils';
import { MpkApiOperations } from '@mpk-portal/plugin-mpk-common';
import specJson from './openapiSpec.generated.json';

/** The mpk HTTP contract, which the router serves at \`/openapi.json\`. */
export const spec = specJson as unknown as internal.RequiredDoc;

type JsonBodies<Responses> = {
  [Status in keyof Responses]: Responses[Status] extends {
    content: { 'application/json': infer Body };
  }
    ? Body
    : never;
}[keyof Responses];

/** What each route of the contract takes and answers. */
${endpointMap(spec)}

/** A router whose routes are typed by {@link EndpointMap}. */
export const createOpenApiRouter = (
  options?: Parameters<
    typeof createValidatedOpenApiRouterFromGeneratedEndpointMap
  >[1],
) =>
  createValidatedOpenApiRouterFromGeneratedEndpointMap<EndpointMap>(
    spec,
    options,
  );
`;
  const types = `${banner}${astToString(
    // Fields with a default are optional to the sender.
    await openapiTS(spec, { defaultNonNullable: false }),
  )}`;
  return [
    [specJsonFile, await format(JSON.stringify(spec), specJsonFile)],
    [serverFile, await format(server, serverFile)],
    [typesFile, await format(types, typesFile)],
  ];
}

const mode = process.argv[2] ?? 'generate';
const files = await generated();
if (mode === 'generate') {
  for (const [file, text] of files) await writeFile(file, text);
  console.log(`Generated ${files.map(([f]) => relative(root, f)).join(', ')}`);
} else if (mode === 'verify') {
  const stale = [];
  for (const [file, text] of files) {
    const current = await readFile(file, 'utf8').catch(() => '');
    if (current !== text) stale.push(relative(root, file));
  }
  if (stale.length > 0) {
    console.error(
      `The OpenAPI spec and its generated files disagree: ${stale.join(
        ', ',
      )}. ` + 'Run `npm run openapi:generate` and commit the result.',
    );
    process.exit(1);
  }
  console.log('The generated OpenAPI files match src/schema/openapi.yaml');
} else {
  console.error('usage: openapi.mjs [generate|verify]');
  process.exit(2);
}
