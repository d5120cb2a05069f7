import { makeFieldSchema } from '@backstage/plugin-scaffolder-react';

/** The value of the stack components picker: ids (entity names) of stack technologies. */
export const StackComponentsPickerFieldSchema = makeFieldSchema({
  output: z => z.array(z.string()),
});

/** Props the scaffolder gives the stack components picker. */
export type StackComponentsPickerProps =
  typeof StackComponentsPickerFieldSchema.TProps;
