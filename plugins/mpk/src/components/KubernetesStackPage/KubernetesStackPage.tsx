import {
  Content,
  EmptyState,
  Header,
  Page,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import Grid from '@material-ui/core/Grid';
import { buildStackMatrix } from '../../stack/stackMatrix';
import { listTierMoves } from '../../stack/tierChanges';
import { StackMatrix } from './StackMatrix';
import { SupportTierLegend } from './SupportTierLegend';
import { TierChangesTable } from './TierChangesTable';
import { KubernetesStack, useKubernetesStack } from './useKubernetesStack';

function StackNotLoaded() {
  return (
    <EmptyState
      missing="data"
      title="The stack definition has not been loaded"
      description={
        <>
          The catalog holds no stack component. Check that the config key{' '}
          <code>mpk.stack.location</code> points to the stack definition file
          and that the catalog has read it since.
        </>
      }
    />
  );
}

function StackOverview(props: { stack: KubernetesStack }) {
  const { categories, components } = props.stack;
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <StackMatrix rows={buildStackMatrix(categories, components)} />
      </Grid>
      <Grid item xs={12} md={8}>
        <TierChangesTable moves={listTierMoves(components)} />
      </Grid>
      <Grid item xs={12} md={4}>
        <SupportTierLegend />
      </Grid>
    </Grid>
  );
}

/**
 * The technologies of the managed stack by category and support tier, and how their tiers changed.
 */
export function KubernetesStackPage() {
  const { value: stack, loading, error } = useKubernetesStack();

  let content;
  if (loading) {
    content = <Progress />;
  } else if (error) {
    content = <ResponseErrorPanel error={error} />;
  } else if (!stack || stack.components.length === 0) {
    content = <StackNotLoaded />;
  } else {
    content = <StackOverview stack={stack} />;
  }

  return (
    <Page themeId="tool">
      <Header
        title="Kubernetes stack"
        subtitle={stack?.title ?? 'Managed Platform for Kubernetes stack'}
      />
      <Content>{content}</Content>
    </Page>
  );
}
