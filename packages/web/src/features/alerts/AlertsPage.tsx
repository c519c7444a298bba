/** The coach's alerts. */
export function AlertsPage() {
  return <p>Alertes</p>;
}
