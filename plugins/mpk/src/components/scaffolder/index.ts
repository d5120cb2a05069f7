export { SCAFFOLDER_FIELD_NAMES } from './fieldNames';
export {
  KubernetesVersionPicker,
  KubernetesVersionPickerFieldSchema,
} from './KubernetesVersionPicker';
export {
  StackComponentsPicker,
  StackComponentsPickerFieldSchema,
} from './StackComponentsPicker';
