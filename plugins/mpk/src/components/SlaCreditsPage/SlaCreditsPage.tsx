import {
  Content,
  Header,
  Page,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import Grid from '@material-ui/core/Grid';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import { CreditEvent } from '@mpk-portal/plugin-mpk-common';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { mpkApiRef } from '../../api';
import { errorMessage } from '../errorMessage';
import { useCustomers } from '../CustomerPicker';
import { CustomerScopeNote } from '../persona';
import { ComplianceChart } from './ComplianceChart';
import { CreditEventsTable } from './CreditEventsTable';
import { CreditsFilterBar } from './CreditsFilterBar';
import { CreditSummary } from './CreditSummary';

/** Customer and month, kept in the link so that a view can be shared. */
function useSelection() {
  const [params, setParams] = useSearchParams();
  const select = (selection: { customer?: string; month?: string }) => {
    const next = new URLSearchParams();
    if (selection.customer) next.set('customer', selection.customer);
    if (selection.month) next.set('month', selection.month);
    setParams(next, { replace: true });
  };
  return {
    customer: params.get('customer') ?? undefined,
    month: params.get('month') ?? undefined,
    select,
  };
}

/**
 * Service credits for Engagement Managers: a customer's missed initial responses in a month, what
 * each earns and why, the capped total, credit claims, and the monthly compliance chart. The
 * customers to choose from are those the catalog shows the user: a customer's person gets their
 * own, and is told so.
 */
export function SlaCreditsPage() {
  const mpkApi = useApi(mpkApiRef);
  const alertApi = useApi(alertApiRef);
  const customers = useCustomers();
  const selection = useSelection();
  const customer = selection.customer ?? customers.value?.[0]?.name;
  const [claiming, setClaiming] = useState<string>();
  const credits = useAsyncRetry(
    async () =>
      customer ? mpkApi.getCredits(customer, selection.month) : undefined,
    [mpkApi, customer, selection.month],
  );

  const onClaim = async (event: CreditEvent) => {
    setClaiming(event.ticket.id);
    try {
      await mpkApi.claimCredit(event.ticket.id);
      alertApi.post({
        message: `Credit claimed for "${event.ticket.title}"`,
        severity: 'success',
        display: 'transient',
      });
    } catch (error) {
      alertApi.post({
        message: errorMessage(error as Error),
        severity: 'error',
      });
    } finally {
      setClaiming(undefined);
      credits.retry();
    }
  };

  let content;
  const error = customers.error ?? credits.error;
  if (error) {
    content = (
      <Grid item xs={12}>
        <ResponseErrorPanel error={error} title={errorMessage(error)} />
      </Grid>
    );
  } else if (customers.value?.length === 0) {
    content = (
      <Grid item xs={12}>
        <Typography variant="body1">
          No customers in the catalog: a customer is a Group of type customer
          with its contract terms in spec.contract.
        </Typography>
      </Grid>
    );
  } else if (!credits.value) {
    content = (
      <Grid item xs={12}>
        <Progress />
      </Grid>
    );
  } else {
    const value = credits.value;
    content = (
      <>
        <Grid item xs={12}>
          {credits.loading && <LinearProgress />}
          <CreditSummary credits={value} />
        </Grid>
        <Grid item xs={12}>
          <CreditEventsTable
            customerTitle={value.customer.title}
            month={value.month}
            events={value.events}
            claiming={claiming}
            onClaim={onClaim}
          />
        </Grid>
        <Grid item xs={12}>
          <ComplianceChart
            months={value.complianceByMonth}
            selected={value.month}
          />
        </Grid>
      </>
    );
  }

  return (
    <Page themeId="tool">
      <Header
        title="SLA credits"
        subtitle="Missed initial responses, service credits and compliance per customer"
      />
      <Content>
        <Grid container spacing={3}>
          <Grid item xs={12}>
            <CustomerScopeNote />
            <CreditsFilterBar
              customers={customers.value ?? []}
              customer={customer}
              month={selection.month ?? credits.value?.month}
              onChange={selection.select}
            />
          </Grid>
          {content}
        </Grid>
      </Content>
    </Page>
  );
}
