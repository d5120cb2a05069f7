import {
  CLUSTER_PLATFORMS,
  ClusterPlatform,
} from '@mpk-portal/plugin-mpk-common';

/** The platform the form chose before a field, as the field reads it. */
export type ChosenPlatform =
  | { state: 'chosen'; platform: ClusterPlatform }
  | { state: 'missing' }
  | { state: 'unknown'; value: string };

/**
 * The form's `platform` property, from the context the scaffolder hands every field: the whole
 * form's data so far, all steps included.
 */
export function readChosenPlatform(formContext: unknown): ChosenPlatform {
  const value = (formContext as { formData?: { platform?: unknown } })?.formData
    ?.platform;
  if (value === undefined || value === null || value === '') {
    return { state: 'missing' };
  }
  const platform = CLUSTER_PLATFORMS.find(known => known === value);
  return platform
    ? { state: 'chosen', platform }
    : { state: 'unknown', value: String(value) };
}

/** What a field shows instead of its choices while the platform is not usable. */
export function describeUnusablePlatform(
  chosen: Exclude<ChosenPlatform, { state: 'chosen' }>,
): string {
  return chosen.state === 'missing'
    ? 'Choose a platform first'
    : // A template whose platform enum does not match the portal's names, e.g. `EKS`.
      `Unknown platform "${
        chosen.value
      }": expected one of ${CLUSTER_PLATFORMS.join(', ')}`;
}
