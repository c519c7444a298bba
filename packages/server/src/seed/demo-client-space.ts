import type { Repositories } from '../repos/index.js';
import type { EngagementRecord } from '../repos/engagements.js';

/**
 * What the two demo clients did in their space: Claire's guardrails and the space
 * where she deposits her emotional reactions (seed 000), her check-ins around the
 * session; Sonia's testimonial after the interview, with her consent (seed 003).
 */
export async function demoClientSpace(
  repos: Repositories,
  alliance: { engagement: EngagementRecord; heldSessionId: string; objectiveIds: string[] },
  coince: { engagement: EngagementRecord },
): Promise<void> {
  const { engagement, heldSessionId, objectiveIds } = alliance;
  await repos.sessions.setSummary(
    { id: heldSessionId, clientId: engagement.clientId },
    { summary: 'Nous avons clarifié vos deux rôles (concevoir la solution, accompagner le changement) et pris la place de votre client. Vous repartez avec l’idée de garde-fous et d’un espace pour déposer vos réactions.', shared: true },
  );
  for (const statement of ['Avant de répondre à un refus du client, attendre 24 heures', 'Relire le contrat de mission avant chaque comité']) {
    await repos.commitments.create(engagement, { kind: 'guardrail', statement });
  }
  await repos.commitments.create(engagement, { kind: 'commitment', statement: 'Écrire les frontières de mes responsabilités pour la prochaine mission', dueOn: null });
  const entry = await repos.journal.create(engagement, {
    occurredOn: new Date().toISOString().slice(0, 10),
    situation: 'Le DG a reporté le comité sans prévenir.',
    emotions: [
      { name: 'irritation', intensity: 6 },
      { name: 'worry', intensity: 4 },
    ],
    thoughts: 'Il ne respecte pas le travail fait.',
    needs: 'Être reconnue, et garder mon calme jusqu’au prochain échange.',
  });
  await repos.journal.update(engagement.clientId, entry.id, { shared: true });
  if (objectiveIds.length) {
    await repos.checkIns.answer(engagement, heldSessionId, { kind: 'before', progress: objectiveIds.map((objectiveId, i) => ({ objectiveId, value: 3 + i })) });
  }
  await repos.checkIns.answer(engagement, heldSessionId, { kind: 'after', ratings: { heard: 9, mattered: 9, approach: 8, overall: 9 } });

  await repos.testimonials.write(
    coince.engagement,
    'J’ai obtenu ce que j’attendais de l’entretien. Je mets moins la pression sur l’équipe et je me sens plus détendue.',
    'first_name',
  );
}
