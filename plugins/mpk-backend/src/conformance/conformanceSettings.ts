import { Config } from '@backstage/config';
import { DEFAULT_CONFORMANCE_MAX_AGE_DAYS } from '@mpk-portal/plugin-mpk-common';
import { DEFAULT_RESULT_LIMITS } from './parsing/limits';
import { UploadLimits } from './receiveUpload';

/** The largest results or log file accepted by default. */
const defaultMaxUploadBytes = 512 * 1024 * 1024;

/** How conformance runs are judged and uploads bounded, from `mpk.conformance`. */
export function readConformanceSettings(config: Config): {
  maxAgeDays: number;
  uploadLimits: UploadLimits;
} {
  const settings = config.getOptionalConfig('mpk.conformance');
  const positive = (key: string) => {
    const value = settings?.getOptionalNumber(key);
    if (value !== undefined && !(Number.isInteger(value) && value > 0)) {
      throw new Error(`mpk.conformance.${key} must be a positive whole number`);
    }
    return value;
  };
  return {
    maxAgeDays: positive('maxAgeDays') ?? DEFAULT_CONFORMANCE_MAX_AGE_DAYS,
    uploadLimits: {
      maxUploadBytes: positive('maxUploadBytes') ?? defaultMaxUploadBytes,
      maxDecompressedBytes:
        positive('maxDecompressedBytes') ??
        DEFAULT_RESULT_LIMITS.maxDecompressedBytes,
      maxEntries: positive('maxEntries') ?? DEFAULT_RESULT_LIMITS.maxEntries,
    },
  };
}
