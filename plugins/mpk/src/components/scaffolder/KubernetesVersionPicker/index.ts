export { KubernetesVersionPicker } from './KubernetesVersionPicker';
export { KubernetesVersionPickerFieldSchema } from './schema';
