import Typography from '@material-ui/core/Typography';
import { useEffect, useMemo, useRef } from 'react';
import { CLUSTER_PLATFORM_NAMES } from '@mpk-portal/plugin-mpk-common';
import { readChosenPlatform } from '../chosenPlatform';
import { FieldFrame, fieldFrameProps } from '../FieldFrame';
import { PlatformDependentChoices } from '../PlatformDependentChoices';
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
  const { formData, formContext, onChange, disabled, readonly } = props;
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

  return (
    <FieldFrame {...fieldFrameProps(props, 'Stack technologies')}>
      <PlatformDependentChoices
        chosen={chosen}
        source="the stack technologies"
        value={groups}
        error={error}
      >
        {(offered, forPlatform) =>
          offered.length === 0 ? (
            <Typography>
              The catalog has no stack technology to add on{' '}
              {CLUSTER_PLATFORM_NAMES[forPlatform].title}
            </Typography>
          ) : (
            offered.map(group => (
              <TierCheckboxes
                key={group.tier}
                group={group}
                selected={selected}
                disabled={disabled || readonly}
                onToggle={toggle}
              />
            ))
          )
        }
      </PlatformDependentChoices>
    </FieldFrame>
  );
}
