import Box from '@material-ui/core/Box';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormHelperText from '@material-ui/core/FormHelperText';
import Radio from '@material-ui/core/Radio';
import RadioGroup from '@material-ui/core/RadioGroup';
import Typography from '@material-ui/core/Typography';
import { SupportedKubernetesVersionsResponse } from '@mpk-portal/plugin-mpk-common';
import { useEffect } from 'react';
import { readChosenPlatform } from '../chosenPlatform';
import { FieldFrame, fieldFrameProps } from '../FieldFrame';
import { PlatformDependentChoices } from '../PlatformDependentChoices';
import { KubernetesVersionPickerProps } from './schema';
import { useSupportedKubernetesVersions } from './useSupportedKubernetesVersions';

function releaseLabel(line: string, index: number): string {
  return index === 0 ? `${line} (newest)` : line;
}

/**
 * Why a supported release is not offered: the provider has not certified it on the platform yet,
 * e.g. `Kubernetes 1.36 (released 2026-04-22) is not yet certified on RPC-K`.
 */
function NotYetCertified(props: {
  versions: SupportedKubernetesVersionsResponse;
}) {
  const { notYetCertified } = props.versions;
  if (notYetCertified.length === 0) return null;
  return (
    <Box mt={1} aria-label="Releases not offered" role="note">
      {notYetCertified.map(release => (
        <Typography key={release.version} variant="body2" color="textSecondary">
          {release.message}
        </Typography>
      ))}
    </Box>
  );
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
      <>
        <Typography>
          No {calendar.title} release is supported on {today}
        </Typography>
        <NotYetCertified versions={versions} />
      </>
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
      <NotYetCertified versions={versions} />
    </>
  );
}

/**
 * Scaffolder field for the Kubernetes release of a new cluster: the supported releases the
 * provider has certified on the platform chosen earlier in the form (its `platform` property),
 * newest first and by default; below them, why a supported release not yet certified is not
 * offered.
 */
export function KubernetesVersionPicker(props: KubernetesVersionPickerProps) {
  const { idSchema, formData, formContext, onChange, disabled, readonly } =
    props;
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

  return (
    <FieldFrame {...fieldFrameProps(props, 'Kubernetes version')}>
      <PlatformDependentChoices
        chosen={chosen}
        source="the supported Kubernetes releases"
        value={versions}
        error={error}
      >
        {loaded => (
          <ReleaseChoices
            name={idSchema?.$id ?? 'kubernetesVersion'}
            versions={loaded}
            value={formData}
            disabled={disabled || readonly}
            onChange={onChange}
          />
        )}
      </PlatformDependentChoices>
    </FieldFrame>
  );
}
