import { Progress } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { ClusterPlatform } from '@mpk-portal/plugin-mpk-common';
import { ReactNode } from 'react';
import { errorMessage } from '../errorMessage';
import { ChosenPlatform, describeUnusablePlatform } from './chosenPlatform';

/** Props of {@link PlatformDependentChoices}. */
export interface PlatformDependentChoicesProps<T> {
  /** the platform chosen earlier in the form */
  chosen: ChosenPlatform;
  /** what the choices are made of, as a failure to load it names it, e.g. `the stack technologies` */
  source: string;
  /** the loaded source for the chosen platform; undefined while it loads */
  value?: T;
  error?: Error;
  children: (value: T, platform: ClusterPlatform) => ReactNode;
}

/**
 * The choices of a scaffolder field that offers what fits the platform chosen earlier in the form,
 * or what stands in their place: why the platform is not usable, why the source did not load, or
 * progress while it loads.
 */
export function PlatformDependentChoices<T>(
  props: PlatformDependentChoicesProps<T>,
) {
  const { chosen, source, value, error, children } = props;
  if (chosen.state !== 'chosen') {
    return <Typography>{describeUnusablePlatform(chosen)}</Typography>;
  }
  if (error) {
    return (
      <Typography color="error">
        Could not load {source}: {errorMessage(error)}
      </Typography>
    );
  }
  if (value === undefined) {
    return <Progress />;
  }
  return <>{children(value, chosen.platform)}</>;
}
