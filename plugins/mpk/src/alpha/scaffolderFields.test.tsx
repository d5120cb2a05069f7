import { ExtensionDefinition } from '@backstage/frontend-plugin-api';
import { createExtensionTester } from '@backstage/frontend-test-utils';
import {
  ScaffolderFieldExtensions,
  useCustomFieldExtensions,
} from '@backstage/plugin-scaffolder-react';
import { FormFieldBlueprint } from '@backstage/plugin-scaffolder-react/alpha';
import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { ReactNode } from 'react';
import {
  MpkKubernetesVersionPickerFieldExtension,
  MpkStackComponentsPickerFieldExtension,
} from '../plugin';
import { KubernetesVersionPicker } from '../components/scaffolder/KubernetesVersionPicker';
import { StackComponentsPicker } from '../components/scaffolder/StackComponentsPicker';
import mpkPlugin from './index';
import {
  kubernetesVersionPickerFormField,
  stackComponentsPickerFormField,
} from './scaffolderFields';

const formFields: Array<{
  name: string;
  formField: ExtensionDefinition<{
    output: (typeof kubernetesVersionPickerFormField)['T']['output'];
  }>;
  fieldName: string;
  component: unknown;
  schema: object;
}> = [
  {
    name: 'kubernetesVersionPickerFormField',
    formField: kubernetesVersionPickerFormField,
    fieldName: 'MpkKubernetesVersionPicker',
    component: KubernetesVersionPicker,
    schema: { schema: { returnValue: { type: 'string' } } },
  },
  {
    name: 'stackComponentsPickerFormField',
    formField: stackComponentsPickerFormField,
    fieldName: 'MpkStackComponentsPicker',
    component: StackComponentsPicker,
    schema: {
      schema: {
        returnValue: { type: 'array', items: { type: 'string' } },
      },
    },
  },
];

describe.each(formFields)(
  '$name',
  ({ formField, fieldName, component, schema }) => {
    it(`provides the ${fieldName} field`, async () => {
      const loadField = createExtensionTester(formField).get(
        FormFieldBlueprint.dataRefs.formFieldLoader,
      );

      // The form field is opaque to its users; the scaffolder reads these properties of it.
      expect(await loadField()).toMatchObject({
        $$type: '@backstage/scaffolder/FormField',
        name: fieldName,
        component,
        schema,
      });
    });
  },
);

describe('the mpk plugin', () => {
  it("adds both fields to the scaffolder's form fields", () => {
    const ids = [
      'scaffolder-form-field:mpk/kubernetes-version-picker',
      'scaffolder-form-field:mpk/stack-components-picker',
    ] as const;
    for (const id of ids) {
      const extension = mpkPlugin.getExtension(id);
      expect(extension).toMatchObject({
        kind: 'scaffolder-form-field',
        name: id.split('/')[1],
        attachTo: { id: 'api:scaffolder/form-fields', input: 'formFields' },
      });
    }
  });
});

function RegisteredFieldNames(props: { outlet: ReactNode }) {
  const fields = useCustomFieldExtensions(props.outlet);
  return (
    <ul aria-label="registered fields">
      {fields.map(field => (
        <li key={field.name}>{field.name}</li>
      ))}
    </ul>
  );
}

describe('the legacy field extensions', () => {
  it('register the same field names as the new frontend system', async () => {
    await renderInTestApp(
      <RegisteredFieldNames
        outlet={
          <ScaffolderFieldExtensions>
            <MpkKubernetesVersionPickerFieldExtension />
            <MpkStackComponentsPickerFieldExtension />
          </ScaffolderFieldExtensions>
        }
      />,
    );

    expect(
      screen.getAllByRole('listitem').map(item => item.textContent),
    ).toEqual(['MpkKubernetesVersionPicker', 'MpkStackComponentsPicker']);
  });
});
