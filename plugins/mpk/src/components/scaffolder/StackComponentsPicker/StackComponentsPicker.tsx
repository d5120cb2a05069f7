import { Progress } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { useEffect, useMemo, useRef } from 'react';
import { CLUSTER_PLATFORM_NAMES } from '@mpk-portal/plugin-mpk-common';
import { errorMessage } from '../../errorMessage';
import {
  describeUnusablePlatform,
  readChosenPlatform,
} from '../chosenPlatform';
import { FieldFrame } from '../FieldFrame';
import { StackComponentsPickerProps } from './schema';
import {
  defaultSelection,
  offeredTierGroups,
  reconcileSelection,
  sameSelection,
} from './stackSelection';
import { TierCheckboxes } from './TierCheckboxes';
import { useStackComponents } from './useStackComponents';

const NO_SELECTION: string[] = [];

/**
 * Scaffolder field for the stack technologies of a new cluster: checkboxes by support tier of
 * those that run on the platform chosen earlier in the form (its `platform` property), less the
 * alternatives of a design choice. Infrastructure and Certified ones are selected to begin with;
 * Infrastructure ones cannot be deselected.
 */
export function StackComponentsPicker(props: StackComponentsPickerProps) {
  const {
    schema,
    uiSchema,
    formData,
    formContext,
    onChange,
    required,
    rawErrors,
    disabled,
    readonly,
  } = props;
  const selected = formData ?? NO_SELECTION;
  const chosen = readChosenPlatform(formContext);
  const platform = chosen.state === 'chosen' ? chosen.platform : undefined;
  const { value: components, error } = useStackComponents();
  const groups = useMemo(
    () =>
      components && platform
        ? offeredTierGroups(components, platform)
        : undefined,
    [components, platform],
  );

  // Once the user has changed the selection, an empty one is their choice, not a blank to fill.
  const userChoseRef = useRef(false);
  useEffect(() => {
    if (!groups) {
      return;
    }
    const next =
      selected.length === 0 && !userChoseRef.current
        ? defaultSelection(groups)
        : reconcileSelection(selected, groups);
    if (!sameSelection(next, selected)) {
      onChange(next);
    }
  }, [groups, selected, onChange]);

  const toggle = (id: string, checked: boolean) => {
    userChoseRef.current = true;
    const toggled = checked
      ? [...selected, id]
      : selected.filter(other => other !== id);
    onChange(reconcileSelection(toggled, groups ?? []));
  };

  let content;
  if (chosen.state !== 'chosen') {
    content = <Typography>{describeUnusablePlatform(chosen)}</Typography>;
  } else if (error) {
    content = (
      <Typography color="error">
        Could not load the stack technologies: {errorMessage(error)}
      </Typography>
    );
  } else if (!groups) {
    content = <Progress />;
  } else if (groups.length === 0) {
    content = (
      <Typography>
        The catalog has no stack technology to add on{' '}
        {CLUSTER_PLATFORM_NAMES[chosen.platform].title}
      </Typography>
    );
  } else {
    content = groups.map(group => (
      <TierCheckboxes
        key={group.tier}
        group={group}
        selected={selected}
        disabled={disabled || readonly}
        onToggle={toggle}
      />
    ));
  }

  return (
    <FieldFrame
      title={schema.title ?? 'Stack technologies'}
      description={uiSchema?.['ui:description'] ?? schema.description}
      required={required}
      rawErrors={rawErrors}
    >
      {content}
    </FieldFrame>
  );
}
