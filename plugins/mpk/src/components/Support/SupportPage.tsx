import { ErrorPage } from '@backstage/core-components';
import { Route, Routes } from 'react-router-dom';
import { supportTicketRouteRef } from '../../routes';
import { SupportTicketsPage } from './SupportTicketsPage';
import { TicketPage } from './TicketPage';

/**
 * The support desk, at the path the app mounts it on: the tickets at the root, each ticket at
 * `tickets/:id`.
 */
export function SupportPage() {
  return (
    <Routes>
      <Route path="/" element={<SupportTicketsPage />} />
      <Route path={supportTicketRouteRef.path} element={<TicketPage />} />
      <Route
        path="*"
        element={
          <ErrorPage
            status="404"
            statusMessage="This support page does not exist"
          />
        }
      />
    </Routes>
  );
}
