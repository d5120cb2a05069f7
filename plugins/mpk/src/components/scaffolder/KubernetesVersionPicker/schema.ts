import { makeFieldSchema } from '@backstage/plugin-scaffolder-react';

/** The value of the Kubernetes version picker: a release line, e.g. `1.36`. */
export const KubernetesVersionPickerFieldSchema = makeFieldSchema({
  output: z => z.string(),
});

/** Props the scaffolder gives the Kubernetes version picker. */
export type KubernetesVersionPickerProps =
  typeof KubernetesVersionPickerFieldSchema.TProps;
