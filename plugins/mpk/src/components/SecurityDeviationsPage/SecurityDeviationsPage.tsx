import {
  Content,
  Header,
  InfoCard,
  Page,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Grid from '@material-ui/core/Grid';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import { useSearchParams } from 'react-router-dom';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { mpkApiRef } from '../../api';
import { CustomerPicker, useCustomers } from '../CustomerPicker';
import { errorMessage } from '../errorMessage';
import { CustomerScopeNote } from '../persona';
import { CustomerDeviationsTable } from './CustomerDeviationsTable';

/**
 * The open deviations from a customer's agreed security baseline across its clusters, for the
 * customer's people and the pods that serve it: which cluster, what fails where, for how long,
 * how severe, and how to fix it. The customer is kept in the link, so that a view can be shared;
 * the customers to choose from are those the catalog shows the user.
 */
export function SecurityDeviationsPage() {
  const mpkApi = useApi(mpkApiRef);
  const customers = useCustomers();
  const [params, setParams] = useSearchParams();
  const customer = params.get('customer') ?? customers.value?.[0]?.name;
  const deviations = useAsyncRetry(
    async () => (customer ? mpkApi.getCustomerDeviations(customer) : undefined),
    [mpkApi, customer],
  );
  const customerTitle =
    customers.value?.find(c => c.name === customer)?.title ?? customer;

  let content;
  const error = customers.error ?? deviations.error;
  if (error) {
    content = <ResponseErrorPanel error={error} title={errorMessage(error)} />;
  } else if (customers.value?.length === 0) {
    content = (
      <Typography variant="body1">
        No customers in the catalog: a customer is a Group of type customer.
      </Typography>
    );
  } else if (!deviations.value) {
    content = <Progress />;
  } else {
    content = (
      <InfoCard
        title={`Open deviations of ${customerTitle}`}
        subheader={`${deviations.value.items.length} across the clusters you may see`}
        noPadding
      >
        {deviations.loading && <LinearProgress />}
        <CustomerDeviationsTable items={deviations.value.items} />
      </InfoCard>
    );
  }

  return (
    <Page themeId="tool">
      <Header
        title="Security deviations"
        subtitle="Open deviations from each customer's agreed security baseline"
      />
      <Content>
        <Grid container spacing={3}>
          <Grid item xs={12}>
            <CustomerScopeNote />
            <CustomerPicker
              id="mpk-security-customer"
              customers={customers.value ?? []}
              customer={customer}
              onChange={next =>
                setParams(new URLSearchParams({ customer: next }), {
                  replace: true,
                })
              }
            />
          </Grid>
          <Grid item xs={12}>
            {content}
          </Grid>
        </Grid>
      </Content>
    </Page>
  );
}
