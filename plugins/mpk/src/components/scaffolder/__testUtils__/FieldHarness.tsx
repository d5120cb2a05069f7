import { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import { CLUSTER_PLATFORMS } from '@mpk-portal/plugin-mpk-common';
import { ComponentType, useState } from 'react';

/** Props of {@link FieldHarness}. */
export interface FieldHarnessProps<T> {
  field: ComponentType<FieldExtensionComponentProps<T>>;
  /** the form's `platform` property, as an earlier step left it */
  platform?: string;
  value?: T;
  onChange: (value: T | undefined) => void;
}

/**
 * Stands in for the scaffolder's form around one custom field: keeps the field's value, hands the
 * form's data to the field in the form context as the scaffolder does, and has a button per
 * platform to change it as a user going back a step would.
 */
export function FieldHarness<T>(props: FieldHarnessProps<T>) {
  const { field: Field, onChange } = props;
  const [platform, setPlatform] = useState(props.platform);
  const [value, setValue] = useState(props.value);
  return (
    <>
      <Field
        name="field"
        schema={{}}
        uiSchema={{}}
        idSchema={{ $id: 'root_field' } as FieldHarnessIdSchema<T>}
        formData={value}
        formContext={{ formData: { platform, field: value } }}
        onChange={next => {
          setValue(next);
          onChange(next);
        }}
        onBlur={() => {}}
        onFocus={() => {}}
        disabled={false}
        readonly={false}
        rawErrors={[]}
        // The mpk fields use nothing of RJSF's registry.
        registry={{} as FieldExtensionComponentProps<T>['registry']}
      />
      {CLUSTER_PLATFORMS.map(other => (
        <button key={other} type="button" onClick={() => setPlatform(other)}>
          Switch to {other}
        </button>
      ))}
    </>
  );
}

type FieldHarnessIdSchema<T> = FieldExtensionComponentProps<T>['idSchema'];
