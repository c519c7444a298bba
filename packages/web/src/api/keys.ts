/** Query keys in one place: a change in one feature invalidates what another shows. */
export const keys = {
  me: ['me'] as const,
  dashboard: ['dashboard'] as const,
  clients: ['clients'] as const,
  client: (id: string) => ['clients', id] as const,
  organisations: ['organisations'] as const,
  organisation: (id: string) => ['organisations', id] as const,
  engagements: ['engagements'] as const,
  engagementsOf: (clientId: string) => ['engagements', 'of-client', clientId] as const,
  engagement: (id: string) => ['engagement', id] as const,
  timeline: (id: string) => ['timeline', id] as const,
  session: (id: string) => ['session', id] as const,
};
