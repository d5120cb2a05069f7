import { InfoCard, StructuredMetadataTable } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import Typography from '@material-ui/core/Typography';
import {
  CLUSTER_PLATFORM_NAMES,
  StackComponentEntity,
  SUPPORT_TIER_DEFINITIONS,
  supportTierOf,
} from '@mpk-portal/plugin-mpk-common';
import {
  categoryOf,
  tierHistoryOf,
  titleOf,
} from '../../stack/stackComponents';
import { CardSection } from '../CardSection';
import { ComponentClusters } from './ComponentClusters';
import { TierHistoryList } from './TierHistoryList';

/**
 * How the provider supports the stack component on the current entity page, how that changed,
 * and which managed clusters run it.
 */
export function StackComponentCard() {
  const { entity } = useEntity<StackComponentEntity>();
  const tier = SUPPORT_TIER_DEFINITIONS[supportTierOf(entity)];
  const { platforms = [], supportedVersions = [] } = entity.spec;

  return (
    <InfoCard title="Managed Kubernetes stack">
      <StructuredMetadataTable
        metadata={{
          'support tier': `${tier.title}: ${tier.summary}`,
          category: categoryOf(entity).title,
          'supported versions': supportedVersions.join(', ') || 'none listed',
          platforms: platforms.map(
            platform => CLUSTER_PLATFORM_NAMES[platform]?.title ?? platform,
          ),
        }}
      />
      <CardSection title={`What ${tier.title} means`}>
        <ul>
          <li>
            <Typography variant="body2">
              Deployment: {tier.deployment}
            </Typography>
          </li>
          <li>
            <Typography variant="body2">Lifecycle: {tier.lifecycle}</Typography>
          </li>
          <li>
            <Typography variant="body2">Support: {tier.support}</Typography>
          </li>
        </ul>
      </CardSection>
      <CardSection title="Tier history">
        <TierHistoryList history={tierHistoryOf(entity)} />
      </CardSection>
      <CardSection title={`Clusters running ${titleOf(entity)}`}>
        <ComponentClusters component={entity} />
      </CardSection>
    </InfoCard>
  );
}
