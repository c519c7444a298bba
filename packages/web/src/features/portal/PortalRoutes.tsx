import { Route } from 'react-router';

/** The client's space and the sponsor's view: their own pages, outside the coach's layout. */
export function portalRoutes() {
  return <Route path="/espace" element={<p>Espace</p>} />;
}
