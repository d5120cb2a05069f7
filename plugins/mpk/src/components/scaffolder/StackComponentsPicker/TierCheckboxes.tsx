import Checkbox from '@material-ui/core/Checkbox';
import FormControl from '@material-ui/core/FormControl';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormGroup from '@material-ui/core/FormGroup';
import FormLabel from '@material-ui/core/FormLabel';
import Typography from '@material-ui/core/Typography';
import { SUPPORT_TIER_DEFINITIONS } from '@mpk-portal/plugin-mpk-common';
import { titleOf } from '../../../stack/stackComponents';
import { technologyId, TierGroup } from './stackSelection';

/** Props of {@link TierCheckboxes}. */
export interface TierCheckboxesProps {
  group: TierGroup;
  selected: readonly string[];
  disabled: boolean;
  onToggle: (id: string, checked: boolean) => void;
}

/**
 * The checkboxes of one support tier, under the tier's name and meaning. Infrastructure ones are
 * checked and locked: they are part of every cluster build.
 */
export function TierCheckboxes(props: TierCheckboxesProps) {
  const { group, selected, disabled, onToggle } = props;
  const definition = SUPPORT_TIER_DEFINITIONS[group.tier];
  const locked = group.tier === 'infrastructure';
  return (
    <FormControl component="fieldset" margin="dense">
      <FormLabel component="legend">{definition.title}</FormLabel>
      <Typography variant="caption" color="textSecondary">
        {definition.summary}
        {locked && ' Part of every cluster build, so always included.'}
      </Typography>
      <FormGroup>
        {group.components.map(component => {
          const id = technologyId(component);
          return (
            <FormControlLabel
              key={id}
              label={titleOf(component)}
              control={
                <Checkbox
                  name={id}
                  checked={locked || selected.includes(id)}
                  disabled={disabled || locked}
                  onChange={(_event, checked) => onToggle(id, checked)}
                />
              }
            />
          );
        })}
      </FormGroup>
    </FormControl>
  );
}
