import { Progress } from '@backstage/core-components';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormHelperText from '@material-ui/core/FormHelperText';
import Radio from '@material-ui/core/Radio';
import RadioGroup from '@material-ui/core/RadioGroup';
import Typography from '@material-ui/core/Typography';
import { SupportedKubernetesVersionsResponse } from '@mpk-portal/plugin-mpk-common';
import { useEffect } from 'react';
import { errorMessage } from '../../errorMessage';
import {
  describeUnusablePlatform,
  readChosenPlatform,
} from '../chosenPlatform';
import { FieldFrame } from '../FieldFrame';
import { KubernetesVersionPickerProps } from './schema';
import { useSupportedKubernetesVersions } from './useSupportedKubernetesVersions';

function releaseLabel(line: string, index: number): string {
  return index === 0 ? `${line} (newest)` : line;
}

function ReleaseChoices(props: {
  name: string;
  versions: SupportedKubernetesVersionsResponse;
  value?: string;
  disabled: boolean;
  onChange: (line: string) => void;
}) {
  const { name, versions, value, disabled, onChange } = props;
  const { supportedLines, calendar, today } = versions;
  if (supportedLines.length === 0) {
    return (
      <Typography>
        No {calendar.title} release is supported on {today}
      </Typography>
    );
  }
  return (
    <>
      <RadioGroup
        name={name}
        value={value ?? ''}
        onChange={(_event, line) => onChange(line)}
      >
        {supportedLines.map((line, index) => (
          <FormControlLabel
            key={line}
            value={line}
            control={<Radio />}
            label={releaseLabel(line, index)}
            disabled={disabled}
          />
        ))}
      </RadioGroup>
      {/* Not an error even when the field has one: it explains the choices. */}
      <FormHelperText error={false}>
        The two most recent {calendar.title} releases still supported on {today}
      </FormHelperText>
    </>
  );
}

/**
 * Scaffolder field for the Kubernetes release of a new cluster: the supported releases of the
 * platform chosen earlier in the form (its `platform` property), newest first and by default.
 */
export function KubernetesVersionPicker(props: KubernetesVersionPickerProps) {
  const {
    schema,
    uiSchema,
    idSchema,
    formData,
    formContext,
    onChange,
    required,
    rawErrors,
    disabled,
    readonly,
  } = props;
  const chosen = readChosenPlatform(formContext);
  const platform = chosen.state === 'chosen' ? chosen.platform : undefined;
  const { value: versions, error } = useSupportedKubernetesVersions(platform);

  // Fills an empty value, and replaces a release the platform does not offer, e.g. after the
  // user went back and changed the platform: the form must not carry an unsupported release.
  useEffect(() => {
    const lines = versions?.supportedLines ?? [];
    if (lines.length > 0 && !lines.includes(formData ?? '')) {
      onChange(lines[0]);
    }
  }, [versions, formData, onChange]);

  let content;
  if (chosen.state !== 'chosen') {
    content = <Typography>{describeUnusablePlatform(chosen)}</Typography>;
  } else if (error) {
    content = (
      <Typography color="error">
        Could not load the supported Kubernetes releases: {errorMessage(error)}
      </Typography>
    );
  } else if (!versions) {
    content = <Progress />;
  } else {
    content = (
      <ReleaseChoices
        name={idSchema?.$id ?? 'kubernetesVersion'}
        versions={versions}
        value={formData}
        disabled={disabled || readonly}
        onChange={onChange}
      />
    );
  }

  return (
    <FieldFrame
      title={schema.title ?? 'Kubernetes version'}
      description={uiSchema?.['ui:description'] ?? schema.description}
      required={required}
      rawErrors={rawErrors}
    >
      {content}
    </FieldFrame>
  );
}
