import { ResponseError } from '@backstage/errors';
import { MpkHttpClient } from '@mpk-portal/plugin-mpk-client';
import {
  DesignTeam,
  DetailedDesign,
  detailedDesignSchema,
} from '@mpk-portal/plugin-mpk-common';
import { designContentHash } from '@mpk-portal/plugin-mpk-node';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { readExampleFile } from './exampleFiles';

const userRef = z
  .string()
  .regex(
    /^user:default\/[a-z0-9-]+$/,
    'expected a User ref, e.g. user:default/leo-la',
  );

const exampleFile = z.strictObject({
  engagements: z.array(
    z.strictObject({
      /** the design's design.yaml, relative to the examples file */
      design: z.string().min(1),
      team: z.strictObject({
        engagementManager: userRef,
        leadArchitect: userRef,
        seniorCkaEngineer: userRef,
      }),
    }),
  ),
});

/** An example engagement: its design, read and checked, and its team. */
export interface ExampleDesign {
  design: DetailedDesign;
  team: DesignTeam;
}

/**
 * Reads and checks an example designs file and the design.yaml each engagement names; throws
 * naming the file and every problem.
 */
export async function readExampleDesigns(
  file: string,
): Promise<ExampleDesign[]> {
  const { engagements } = await readExampleFile(
    file,
    exampleFile,
    'Example designs',
  );
  return Promise.all(
    engagements.map(async engagement => ({
      design: await readExampleFile(
        resolve(dirname(file), engagement.design),
        detailedDesignSchema,
        'Example design',
      ),
      team: engagement.team,
    })),
  );
}

const statusOf = (error: unknown) =>
  error instanceof ResponseError ? error.response.status : undefined;

/**
 * Publishes each example design the portal does not have yet through the mpk API, as its Lead
 * Architect would: version 1, shared with the customer and waiting for its acceptance. A design
 * the portal has (whatever became of it since) is left alone. A design whose customer, pod or
 * team the catalog has not ingested yet (the API refuses it) waits for the next call. Returns the
 * names still waiting.
 */
export async function loadExampleDesigns(options: {
  examples: ExampleDesign[];
  client: MpkHttpClient;
  /** the caller's `Authorization` header */
  headers: Record<string, string>;
}): Promise<{ published: number; waiting: string[] }> {
  const { examples, client, headers } = options;
  let published = 0;
  const waiting: string[] = [];
  for (const { design, team } of examples) {
    const path = { name: design.name };
    try {
      await client.get('/designs/{name}', { headers, params: { path } });
      continue;
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
    try {
      const answer = await client.post('/designs/{name}/versions', {
        headers,
        params: { path },
        body: {
          customer: design.customer,
          owner: design.owner,
          team,
          contentHash: designContentHash(design),
          design,
        },
      });
      if (answer.response.status === 201) published++;
    } catch (error) {
      // 409: the name is another customer's design; nothing to load.
      if (statusOf(error) === 409) continue;
      if (statusOf(error) !== 400) throw error;
      waiting.push(design.name);
    }
  }
  return { published, waiting };
}
