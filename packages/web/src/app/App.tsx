import { CalendarPage } from '../features/calendar/CalendarPage';
import { ProgrammePage } from '../features/programmes/ProgrammePage';
import { ProgrammesPage } from '../features/programmes/ProgrammesPage';
import { CaseStudiesPage } from '../features/case-studies/CaseStudiesPage';
import { CaseStudyPage } from '../features/case-studies/CaseStudyPage';
import { AnonymisePage } from '../features/anonymise/AnonymisePage';
import { Route, Routes } from 'react-router';
import { SignInPage } from '../features/auth/SignInPage';
import { SignUpPage } from '../features/auth/SignUpPage';
import { ClientPage } from '../features/clients/ClientPage';
import { ClientsPage } from '../features/clients/ClientsPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { EngagementPage } from '../features/engagements/EngagementPage';
import { EngagementsPage } from '../features/engagements/EngagementsPage';
import { NewEngagementPage } from '../features/engagements/NewEngagementPage';
import { OrganisationPage } from '../features/organisations/OrganisationPage';
import { OrganisationsPage } from '../features/organisations/OrganisationsPage';
import { SessionPage } from '../features/sessions/SessionPage';
import { BoardPage } from '../features/board/BoardPage';
import { SharedBoardPage } from '../features/board/SharedBoardPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { AuditPage } from '../features/audit/AuditPage';
import { JoinPage } from '../features/colleagues/JoinPage';
import { SearchPage } from '../features/search/SearchPage';
import { AlertsPage } from '../features/alerts/AlertsPage';
import { OutboxPage } from '../features/outbox/OutboxPage';
import { portalRoutes } from '../features/portal/PortalRoutes';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFound';
import { RequireAuth } from './RequireAuth';

export function App() {
  return (
    <Routes>
      <Route path="/signin" element={<SignInPage />} />
      <Route path="/signup" element={<SignUpPage />} />
      <Route path="/b/:token" element={<SharedBoardPage />} />
      {portalRoutes()}
      <Route element={<RequireAuth />}>
        <Route element={<Layout />}>
          <Route index element={<DashboardPage />} />
          <Route path="clients" element={<ClientsPage />} />
          <Route path="clients/:id" element={<ClientPage />} />
          <Route path="organisations" element={<OrganisationsPage />} />
          <Route path="organisations/:id" element={<OrganisationPage />} />
          <Route path="engagements" element={<EngagementsPage />} />
          <Route path="engagements/new" element={<NewEngagementPage />} />
          <Route path="engagements/:id" element={<EngagementPage />} />
          <Route path="sessions/:id" element={<SessionPage />} />
          <Route path="boards/:id" element={<BoardPage />} />
          <Route path="settings" element={<SettingsPage />} />
          <Route path="search" element={<SearchPage />} />
          <Route path="audit" element={<AuditPage />} />
          <Route path="case-studies" element={<CaseStudiesPage />} />
          <Route path="calendar" element={<CalendarPage />} />
          <Route path="programmes" element={<ProgrammesPage />} />
          <Route path="programmes/:id" element={<ProgrammePage />} />
          <Route path="case-studies/:id" element={<CaseStudyPage />} />
          <Route path="anonymise" element={<AnonymisePage />} />
          <Route path="join/:token" element={<JoinPage />} />
          <Route path="alerts" element={<AlertsPage />} />
          <Route path="outbox" element={<OutboxPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
