import { Config } from '@backstage/config';

/** Where deployments are started: an HTTP API taking `POST <baseUrl>/runs`. */
export interface PipelineSettings {
  baseUrl: string;
  token: string;
}

/**
 * A deployment pipeline configured without one of its settings.
 * @public
 */
export class MissingPipelineSettingError extends Error {
  constructor(readonly key: 'mpk.pipeline.baseUrl' | 'mpk.pipeline.token') {
    super(`${key} is not set`);
    this.name = 'MissingPipelineSettingError';
  }
}

/**
 * The deployment pipeline of `mpk.pipeline`, if one is configured; throws a
 * {@link MissingPipelineSettingError} for one configured without its URL or token.
 * @public
 */
export function readPipelineSettings(
  config: Config,
): PipelineSettings | undefined {
  const pipeline = config.getOptionalConfig('mpk.pipeline');
  if (!pipeline) return undefined;
  const baseUrl = pipeline.getOptionalString('baseUrl');
  if (!baseUrl) throw new MissingPipelineSettingError('mpk.pipeline.baseUrl');
  const token = pipeline.getOptionalString('token');
  if (!token) throw new MissingPipelineSettingError('mpk.pipeline.token');
  return { baseUrl, token };
}
