import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Design, DesignVersion } from '@mpk-portal/plugin-mpk-common';
import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { DesignsClient } from '../actions/design/designsClient';

/** A request the fake mpk backend received. */
export interface MpkBackendRequest {
  method?: string;
  url?: string;
  authorization?: string;
  body: any;
}

/** The fake backend's answer to a request: a status and a JSON body. */
export type MpkBackendAnswer = { status: number; body: unknown };

/** A Backstage error answer, as the mpk backend refuses a request. */
export const refusal = (
  status: number,
  name: string,
  message: string,
): MpkBackendAnswer => ({
  status,
  body: {
    error: { name, message },
    request: { method: 'POST', url: '/' },
    response: { statusCode: status },
  },
});

/**
 * A version of a design, shared on 2026-11-25 unless told otherwise; a superseded one was
 * decided as `supersededDecision` says.
 */
export function designVersion(
  version: number,
  contentHash: string,
  state: DesignVersion['state'],
  supersededDecision: DesignVersion['decision'] = null,
): DesignVersion {
  const decisionOfState: Partial<
    Record<DesignVersion['state'], DesignVersion['decision']>
  > = {
    accepted: 'accept',
    provisioned: 'accept',
    'changes-requested': 'request-changes',
    superseded: supersededDecision,
  };
  const decision = decisionOfState[state] ?? null;
  const decided = decision !== null;
  return {
    version,
    contentHash,
    state,
    publishedAt: '2026-11-25T10:00:00.000Z',
    publishedBy: 'user:default/leo-la',
    changes: [],
    decision,
    decidedBy: decided ? 'user:default/ian-initech' : null,
    decidedAt: decided ? '2026-11-26T10:00:00.000Z' : null,
    comment: null,
    provisionedAt: state === 'provisioned' ? '2026-11-27T10:00:00.000Z' : null,
    provisionedBy: state === 'provisioned' ? 'user:default/sam-scka' : null,
  };
}

/** The design initech-platform with these versions, as `GET /designs/{name}` answers it. */
export function designWith(versions: DesignVersion[]): Design {
  return {
    name: 'initech-platform',
    customer: 'initech',
    owner: 'group:default/pod-blue',
    team: {
      engagementManager: 'user:default/erin-em',
      leadArchitect: 'user:default/leo-la',
      seniorCkaEngineer: 'user:default/sam-scka',
    },
    state: versions.length ? versions[versions.length - 1].state : 'draft',
    startedAt: '2026-11-25T10:00:00.000Z',
    clusters: ['resource:default/initech-prod'],
    versions,
    steps: [],
  } as Design;
}

/**
 * The mpk backend on a local port (`/api/mpk`), answering each request with `answer`, and a
 * {@link DesignsClient} for it whose tokens name the credentials they were made on behalf of.
 * Closed by `close`, in a `finally`: an open server keeps jest from exiting.
 */
export async function startMpkBackend(
  answer: (request: MpkBackendRequest) => MpkBackendAnswer,
) {
  const requests: MpkBackendRequest[] = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    let raw = '';
    req.on('data', chunk => (raw += chunk));
    req.on('end', () => {
      const request = {
        method: req.method,
        url: req.url,
        authorization: req.headers.authorization,
        body: raw ? JSON.parse(raw) : undefined,
      };
      requests.push(request);
      const { status, body } = answer(request);
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    });
  });
  await new Promise<void>(done => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const designs = new DesignsClient({
    discovery: {
      getBaseUrl: async (pluginId: string) =>
        `http://127.0.0.1:${port}/api/${pluginId}`,
    },
    auth: {
      getPluginRequestToken: async (options: {
        onBehalfOf: BackstageCredentials;
        targetPluginId: string;
      }) => ({
        token: `${options.targetPluginId}-token-for-${
          (options.onBehalfOf.principal as { userEntityRef?: string })
            .userEntityRef
        }`,
      }),
    },
  });
  return {
    requests,
    designs,
    close: () => new Promise(done => server.close(done)),
  };
}
