import {
  createFormField,
  FormFieldBlueprint,
} from '@backstage/plugin-scaffolder-react/alpha';
import { SCAFFOLDER_FIELD_NAMES } from '../components/scaffolder/fieldNames';

/**
 * Scaffolder field for the Kubernetes release of a new cluster, used in templates with
 * `ui:field: MpkKubernetesVersionPicker` on a string property; reads the form's `platform`.
 * @alpha
 */
export const kubernetesVersionPickerFormField = FormFieldBlueprint.make({
  name: 'kubernetes-version-picker',
  params: {
    field: () =>
      import('../components/scaffolder/KubernetesVersionPicker').then(m =>
        createFormField({
          name: SCAFFOLDER_FIELD_NAMES.kubernetesVersionPicker,
          component: m.KubernetesVersionPicker,
          schema: m.KubernetesVersionPickerFieldSchema,
        }),
      ),
  },
});

/**
 * Scaffolder field for the stack technologies of a new cluster, used in templates with
 * `ui:field: MpkStackComponentsPicker` on an array of strings; reads the form's `platform`.
 * @alpha
 */
export const stackComponentsPickerFormField = FormFieldBlueprint.make({
  name: 'stack-components-picker',
  params: {
    field: () =>
      import('../components/scaffolder/StackComponentsPicker').then(m =>
        createFormField({
          name: SCAFFOLDER_FIELD_NAMES.stackComponentsPicker,
          component: m.StackComponentsPicker,
          schema: m.StackComponentsPickerFieldSchema,
        }),
      ),
  },
});
