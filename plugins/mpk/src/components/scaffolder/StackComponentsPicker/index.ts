export { StackComponentsPicker } from './StackComponentsPicker';
export { StackComponentsPickerFieldSchema } from './schema';
