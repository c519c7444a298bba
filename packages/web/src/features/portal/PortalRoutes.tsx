import { Route } from 'react-router';
import { ClientHomePage } from './ClientHomePage';
import { FeedbackPage } from './FeedbackPage';
import { JournalPage } from './JournalPage';
import { PortalNotFound } from './PortalNotFound';
import { PortalShell } from './PortalShell';
import { PortalSessionPage } from './SessionPage';
import { RequestLinkPage, SignInLinkPage } from './SignInPages';
import { SponsorPage } from './SponsorPage';
import { TestimonialPage } from './TestimonialPage';

/**
 * The client's space and the sponsor's view: their own pages, outside the coach's
 * layout and sign-in. One link by e-mail, no password; made for a phone first.
 */
export function portalRoutes() {
  return (
    <>
      <Route path="/espace/lien" element={<SignInLinkPage />} />
      <Route path="/espace/connexion" element={<RequestLinkPage />} />
      <Route path="/espace" element={<PortalShell />}>
        <Route index element={<ClientHomePage />} />
        <Route path="journal" element={<JournalPage />} />
        <Route path="seances/:sessionId" element={<PortalSessionPage />} />
        <Route path="retour" element={<FeedbackPage />} />
        <Route path="temoignage" element={<TestimonialPage />} />
        <Route path="commanditaire" element={<SponsorPage />} />
        <Route path="*" element={<PortalNotFound />} />
      </Route>
    </>
  );
}
