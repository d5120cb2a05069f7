import FormControl from '@material-ui/core/FormControl';
import FormHelperText from '@material-ui/core/FormHelperText';
import FormLabel from '@material-ui/core/FormLabel';
import Typography from '@material-ui/core/Typography';
import { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import { PropsWithChildren } from 'react';

/** Props of {@link FieldFrame}. */
export interface FieldFrameProps {
  title: string;
  description?: string;
  required?: boolean;
  /** the form's validation errors of the field */
  rawErrors?: string[];
}

/**
 * The frame of a group of choices in a scaffolder form: a fieldset named by the field's title,
 * so that assistive technology reads the title with each choice.
 */
export function FieldFrame(props: PropsWithChildren<FieldFrameProps>) {
  const { title, description, required, rawErrors = [], children } = props;
  return (
    <FormControl
      component="fieldset"
      margin="normal"
      required={required}
      error={rawErrors.length > 0}
      fullWidth
    >
      <FormLabel component="legend">{title}</FormLabel>
      {description && (
        <Typography variant="body2" color="textSecondary">
          {description}
        </Typography>
      )}
      {children}
      {rawErrors.map(error => (
        <FormHelperText key={error}>{error}</FormHelperText>
      ))}
    </FormControl>
  );
}

/**
 * The frame props of a scaffolder field from the props the scaffolder gives it: the template's
 * title, or the field's own; the description of `ui:description` before the schema's.
 */
export function fieldFrameProps<T>(
  field: Pick<
    FieldExtensionComponentProps<T>,
    'schema' | 'uiSchema' | 'required' | 'rawErrors'
  >,
  defaultTitle: string,
): FieldFrameProps {
  const { schema, uiSchema, required, rawErrors } = field;
  return {
    title: schema.title ?? defaultTitle,
    description: uiSchema?.['ui:description'] ?? schema.description,
    required,
    rawErrors,
  };
}
