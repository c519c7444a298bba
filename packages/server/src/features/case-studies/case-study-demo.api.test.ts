import { checkedDetailOf } from '@alliance/domain';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repositoriesFor } from '../../repos/index.js';
import { demoPracticeStory } from '../../seed/demo-story.js';
import { type Coach, signedInCoach, TEST_DATABASES, testApp } from '../../testing/harness.js';

/** Every real name the demo's records hold for its two clients, her employer included. */
const REAL_NAMES = /Claire|Vasseur|Sonia|Ferrand|Logisud/i;
/** A picture's labels as they read: a long label is drawn on several lines, so a name could straddle two. */
const labelsRead = (svg: string) => svg.replace(/<\/tspan><tspan[^>]*>/g, ' ');

/**
 * The demo's two engagements, shaped like the seeds, drafted as case studies: the
 * draft reads like the seeds (her first name, the coach's voice, the calls, the count)
 * and the review, before any decision, leaves none of the real names.
 */
describe.each(TEST_DATABASES)('case studies drafted from the demo engagements (%s)', (kind) => {
  let app: FastifyInstance;
  let coach: Coach;
  const engagements = new Map<string, string>();

  beforeAll(async () => {
    app = await testApp(kind);
    coach = await signedInCoach(app);
    // The demo story, told in this coach's own practice (the demo itself seeds only an empty installation).
    const { id: userId, name } = (await coach.call('GET', '/api/v1/me')).body.user as { id: string; name: string };
    const { db, vault, practices } = app.services;
    const membership = (await practices.loadMembership(userId))!;
    await demoPracticeStory(repositoriesFor({ db, practiceId: membership.practice.id, keys: vault.forPractice(membership.practice.id, membership.wrappedKey) }), { id: userId, name }, new Date());
    for (const e of (await coach.call('GET', '/api/v1/engagements')).body.items) engagements.set(e.title, e.id);
  }, 60_000);
  afterAll(() => app.close());

  const draft = async (title: string, language: 'fr' | 'en' = 'fr') => {
    const res = await coach.call('POST', `/api/v1/engagements/${engagements.get(title)}/case-studies`, { language });
    expect(res.status).toBe(201);
    return res.body;
  };

  it("drafts seed 000's engagement whole, in the coach's voice, and its review names no one", async () => {
    const c = await draft("Recréer l'alliance avec son client");
    // What she does after her job has her for its subject; a recorded colon after the composer's is a dash; her own words are quoted.
    expect(c.markdown).toContain('\nClaire est consultante indépendante en stratégie marketing et accompagne depuis des mois une PME pour redéfinir sa stratégie marketing globale : conception de la solution, puis accompagnement au changement.\n');
    expect(c.markdown).toContain('\nCe qui est en jeu : une réunion dans quelques jours — la relation risque de se dégrader encore ou de bloquer le projet.\n');
    expect(c.markdown).toContain('\nSes engagements, dans ses termes :\n- « Écrire les frontières de mes responsabilités pour la prochaine mission ».\n');
    expect(c.markdown).toContain("\nClaire me raconte : les relations avec l'entreprise cliente se sont dégradées");
    expect(c.markdown).toContain("\nAvec ce travail : elle retrouve l'empathie pour son client");
    expect(c.markdown).toContain('\nSes garde-fous :\n- Avant de répondre à un refus du client, attendre 24 heures.\n');
    expect(c.markdown).toContain("\n*Accompagnement en cours : 1 séance d'une heure sur 4 prévues.*\n");
    // Every part of the arc has its record: no prompt is left.
    expect(c.markdown).not.toContain('[À compléter');
    expect(c.review.text).not.toMatch(REAL_NAMES);
    expect(c.review.title).not.toMatch(REAL_NAMES);
    expect(c.review.text).toContain('La personne accompagnée me raconte : les relations');
    // The first review loads the anonymiser's word lists.
  }, 120_000);

  it("shows seed 000's constellation: the first and resolution pictures of the demo board, re-labelled by the anonymiser", async () => {
    // The demo board as the coach recorded it, on the engagement's held session.
    const timeline = (await coach.call('GET', `/api/v1/engagements/${engagements.get("Recréer l'alliance avec son client")}/timeline`)).body;
    const held = timeline.entries.find((e: { kind: string; status?: string }) => e.kind === 'session' && e.status === 'held');
    const [board] = (await coach.call('GET', `/api/v1/sessions/${held.id}/boards`)).body.items;
    const { pictures } = (await coach.call('GET', `/api/v1/boards/${board.id}/history`)).body;
    const labels = ['Claire', 'Sa solution (son bébé)', 'Le DG', "L'entreprise cliente", 'La mission', 'Son besoin de contrôle'];

    const c = await draft("Recréer l'alliance avec son client");
    // The constellation in words: who stands in the first picture, the places felt and the movements in the order they
    // happened (her own figure is "sa propre place"), the resolution, then the two pictures.
    expect(c.markdown).toContain("\n**La constellation.** Première image, « Au départ » : Claire, sa solution (son bébé), le DG, l'entreprise cliente, la mission, son besoin de contrôle.\n\nÀ sa propre place :\nCrispée");
    const told = c.markdown
      .split('\n\n')
      .filter((p: string) => /\(énergie [-+]\d\)\.$|^Puis |^Image de résolution/.test(p))
      .map((p: string) => p.replace(/ :[\s\S]*\(énergie ([-+]\d)\)\.$/, ' $1'));
    expect(told).toEqual([
      'À sa propre place -3',
      'À la place du DG -2',
      'À la place de sa solution (son bébé) -1',
      // Her own figure moved by a few degrees' turn: moved, not turned; the CEO turned round.
      'Puis des mouvements : sa solution (son bébé), son besoin de contrôle et Claire changent de place.',
      'De nouveau à la place du DG +2',
      'Puis un mouvement : le DG se retourne.',
      'De retour à sa propre place +3',
      'Image de résolution, « Après le mouvement ».',
    ]);
    expect(c.markdown).toContain(`](board-picture:${pictures[0].id} "Première image : « Au départ »")`);
    expect(c.markdown).toContain(`](board-picture:${pictures[1].id} "Image de résolution : « Après le mouvement »")`);

    // Reviewed: her name is turned in the words, the alt texts, the captions and every label drawn; the other labels stand.
    expect(c.review.text).toContain("Première image, « Au départ » : la personne accompagnée, sa solution (son bébé), le DG, l'entreprise cliente");
    expect(c.review.text).toContain('son besoin de contrôle et la personne accompagnée changent de place.');
    expect(c.review.pictures.map((p: { id: string }) => p.id)).toEqual([pictures[0].id, pictures[1].id]);
    expect(c.review.pictures.map((p: { caption: string }) => p.caption)).toEqual(['Première image : « Au départ »', 'Image de résolution : « Après le mouvement »']);
    for (const p of c.review.pictures) {
      expect(p.alt).not.toMatch(REAL_NAMES);
      expect(p.svg).not.toMatch(REAL_NAMES);
      expect(p.alt).toMatch(/de la constellation : la personne accompagnée, Sa solution \(son bébé\), Le DG, L'entreprise cliente, La mission, Son besoin de contrôle$/);
      const drawn = [...labelsRead(p.svg).matchAll(/<tspan[^>]*>([^<]+)<\/tspan><\/text>/g)].map((m) => m[1]);
      expect(drawn).toEqual(['La personne accompagnée', ...labels.slice(1)]);
      expect(p.svg).toMatch(/<title>[^<]*la personne accompagnée[^<]*<\/title>/);
    }
    // The first picture and the resolution are not the same arrangement.
    expect(c.review.pictures[0].svg).not.toBe(c.review.pictures[1].svg.replace('Image de résolution', 'Première image'));

    // In English, the same pictures, her name turned the English way.
    const en = await draft("Recréer l'alliance avec son client", 'en');
    expect(en.review.pictures).toHaveLength(2);
    for (const p of en.review.pictures) {
      expect(p.alt).not.toMatch(REAL_NAMES);
      expect(labelsRead(p.svg)).not.toMatch(REAL_NAMES);
      expect(p.alt).toMatch(/^(First|Resolution) picture of the constellation: /);
    }
  }, 120_000);

  it("drafts seed 003's engagement with its programme, its calls before and after the session, in French and English, naming no one", async () => {
    const c = await draft('Ça coince, mais où ?');
    // The group programme is recorded and linked: the draft tells it as seed 003 does, and asks nothing about it.
    expect(c.markdown).toContain(
      "\nNous nous connaissions déjà pour avoir passé deux journées ensemble, dans le cadre d'un dispositif collectif d'accompagnement que j'anime à Marseille.\n\nEntre les journées : je partage avec les participants mon numéro de téléphone, en cas de besoin.\n",
    );
    expect(c.markdown).not.toContain('[À compléter : le dispositif collectif');
    expect(c.markdown).toContain("\nSonia est salariée d'un éditeur de logiciels et appuie les chargés d'affaires en avant-vente, paramètre et installe le logiciel");
    expect(c.markdown).toContain("\nPuis, j'ai reçu son appel (20 min) :\nAppel après le dispositif collectif — un éclairage");
    expect(c.markdown).toContain("\n## Entre les séances\n\nAprès la séance, j'ai reçu son appel (15 min) :\nRetour après l'entretien");
    // In its closing review: told as finished, with its count.
    expect(c.markdown).toContain("\n*Accompagnement en 1 séance d'une heure (+ 2 appels).*\n");
    const supervision = (await coach.call('GET', `/api/v1/case-studies/${c.id}/supervision.md`)).raw.toString('utf8');
    expect(supervision.match(/^# .*$/gm)).toEqual(['# Ça coince, mais où ?']);
    expect(c.review.text).not.toMatch(REAL_NAMES);
    expect(c.review.text).not.toContain('Marseille');

    const en = await draft('Ça coince, mais où ?', 'en');
    expect(en.markdown).toContain('\nWe already knew each other, having spent two days together in a group programme I run in Marseille.\n');
    expect(en.markdown).not.toContain('[To write: the group programme');
    expect(en.markdown).toContain('\nThen, they called me (20 min):\nAppel après le dispositif collectif — un éclairage');
    expect(en.markdown).toContain('\n*Coaching in 1 one-hour session (+ 2 calls).*\n');
    expect(en.review.text).not.toMatch(REAL_NAMES);
  });

  it('refuses to publish while a prompt for the coach is left, and names it', async () => {
    const c = await draft('Ça coince, mais où ?');
    await coach.call('PUT', `/api/v1/case-studies/${c.id}/consent`, { kind: 'composite', statement: 'Ce cas mêle plusieurs accompagnements.' });
    const whole = `${c.title}\n\n${c.markdown}`;
    const decisions = c.review.spans.filter((s: any) => s.decision === null).map((s: any) => ({ text: whole.slice(s.nameStart ?? s.start, s.nameEnd ?? s.end), type: s.type, action: 'accept' }));
    const decided = await coach.call('PATCH', `/api/v1/case-studies/${c.id}`, { decisions });
    expect(decided.body.review.unresolved).toBe(0);
    const refused = await coach.call('POST', `/api/v1/case-studies/${c.id}/publish`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.details.reason).toBe('unfilled_prompts');
    expect(refused.body.error.details.prompts).toContain('[À compléter : ce qui était en jeu, le risque.]');
    expect(refused.body.error.details.prompts).not.toContain('[À compléter : le dispositif collectif — où, combien de journées.]');
    // Written or deleted, the prompts no longer stop it.
    const written = await coach.call('PATCH', `/api/v1/case-studies/${c.id}`, { markdown: c.markdown.replace(/\[À compléter :[^\]]*\]\n\n/g, '') });
    expect(written.body.review.unresolved).toBe(0);
    // Then the telling details the review lists wait for her to have read them.
    const unread = await coach.call('POST', `/api/v1/case-studies/${c.id}/publish`);
    expect(unread.body.error.details.reason).toBe('details_unchecked');
    expect(unread.body.error.details.details.length).toBe(written.body.review.details.length);
    await coach.call('PATCH', `/api/v1/case-studies/${c.id}`, { detailsChecked: written.body.review.details.map(checkedDetailOf) });
    const published = await coach.call('POST', `/api/v1/case-studies/${c.id}/publish`);
    expect(published.status).toBe(200);
    expect(published.body.review.text).not.toMatch(REAL_NAMES);
  });

  it('finds her organisation from the records by the short name a coach writes, as an organisation', async () => {
    const c = await draft('Ça coince, mais où ?');
    // Recorded as "Logisud Édition (démo)"; the coach writes "Logisud", "chez Logisud Édition".
    const markdown = `${c.markdown}\nSonia travaille chez Logisud depuis six ans. Chez Logisud Édition, tout va vite.\n`;
    const edited = (await coach.call('PATCH', `/api/v1/case-studies/${c.id}`, { markdown })).body;
    const whole = `${edited.title}\n\n${edited.markdown}`;
    const found = edited.review.spans.filter((s: any) => /Logisud/.test(whole.slice(s.start, s.end)));
    expect(found.map((s: any) => [whole.slice(s.nameStart ?? s.start, s.nameEnd ?? s.end), s.type, s.source, s.confidence])).toEqual([
      ['Logisud', 'organisation', 'records', 1],
      ['Logisud Édition', 'organisation', 'records', 1],
    ]);
    expect(edited.review.text).not.toMatch(REAL_NAMES);
    expect(edited.review.text).toContain('La personne accompagnée travaille chez son organisation depuis six ans. Chez son organisation, tout va vite.');
  });

  it("leaves the group programme's own title out of the draft, and replaces it where the coach writes it, in French and English", async () => {
    for (const language of ['fr', 'en'] as const) {
      const drafted = await draft('Ça coince, mais où ?', language);
      // The draft does not name it (seed 003 names none); her own sentence may.
      expect(drafted.markdown).not.toContain('Trouver sa place');
      const markdown = `${drafted.markdown}\n${language === 'fr' ? 'Le programme « Trouver sa place au travail » lui a ouvert les yeux.' : 'The programme "Trouver sa place au travail" opened her eyes.'}\n`;
      const c = (await coach.call('PATCH', `/api/v1/case-studies/${drafted.id}`, { markdown })).body;
      const whole = `${c.title}\n\n${c.markdown}`;
      const programme = c.review.spans.filter((s: any) => whole.slice(s.start, s.end).includes('Trouver sa place au travail'));
      expect(programme.map((s: any) => [whole.slice(s.nameStart ?? s.start, s.nameEnd ?? s.end), s.type, s.source, s.decision])).toEqual([['Trouver sa place au travail', 'organisation', 'records', null]]);
      expect(c.review.text).not.toContain('Trouver sa place');
      expect(c.review.text).toContain(language === 'fr' ? 'Le programme « mon programme collectif » lui a ouvert les yeux.' : 'The programme "my group programme" opened her eyes.');
    }
  });

  it('replaces her first name with her surname initial whole, in the words and the alt text of a picture', async () => {
    const c = await draft("Recréer l'alliance avec son client");
    const markdown = `${c.markdown}\nClaire V. m'a écrit.\n\n![Première image de la constellation : Claire V., le DG](board-picture:00000000-0000-4000-8000-000000000000)\n`;
    const edited = (await coach.call('PATCH', `/api/v1/case-studies/${c.id}`, { markdown })).body;
    const whole = `${edited.title}\n\n${edited.markdown}`;
    const initialled = edited.review.spans.filter((s: any) => whole.slice(s.nameStart ?? s.start, s.nameEnd ?? s.end) === 'Claire V.');
    expect(initialled.map((s: any) => [s.type, s.source])).toEqual([
      ['person', 'records'],
      ['person', 'records'],
    ]);
    expect(edited.review.text).toContain("\nLa personne accompagnée m'a écrit.\n");
    expect(edited.review.text).toContain('![Première image de la constellation : la personne accompagnée, le DG]');
    expect(edited.review.text).not.toMatch(/accompagnée V\./);
  });

  it("refuses to publish her first name kept as it is beyond her consent's scope, and unpublishes when the scope narrows", async () => {
    const c = await draft('Ça coince, mais où ?');
    const whole = `${c.title}\n\n${c.markdown}`;
    const nameOf = (s: any) => whole.slice(s.nameStart ?? s.start, s.nameEnd ?? s.end);
    // "Garder tel quel" on Sonia (every mention, one decision), every other proposal accepted, the prompts deleted.
    const decisions = c.review.spans.filter((s: any) => s.decision === null).map((s: any) => ({ text: nameOf(s), type: s.type, action: nameOf(s) === 'Sonia' ? 'keep' : 'accept' }));
    const decided = await coach.call('PATCH', `/api/v1/case-studies/${c.id}`, { decisions, markdown: c.markdown.replace(/\[À compléter :[^\]]*\]\n\n/g, '') });
    expect(decided.body.review.unresolved).toBe(0);
    expect(decided.body.review.text).toContain('Sonia');
    await coach.call('PATCH', `/api/v1/case-studies/${c.id}`, { detailsChecked: decided.body.review.details.map(checkedDetailOf) });
    const publish = () => coach.call('POST', `/api/v1/case-studies/${c.id}/publish`);

    for (const consent of [{ kind: 'client', scope: 'anonymised', givenOn: '2026-01-20' }, { kind: 'composite', statement: 'Ce cas mêle plusieurs accompagnements.' }]) {
      await coach.call('PUT', `/api/v1/case-studies/${c.id}/consent`, consent);
      const refused = await publish();
      expect(refused.status).toBe(409);
      expect(refused.body.error.details.reason).toBe('kept_beyond_consent');
      expect(refused.body.error.details.kept).toEqual([{ text: 'Sonia', part: 'first_name' }]);
    }

    // Her first name is what she consented to: published, with her first name and nothing more.
    await coach.call('PUT', `/api/v1/case-studies/${c.id}/consent`, { kind: 'client', scope: 'first_name', givenOn: '2026-01-20' });
    const published = await publish();
    expect(published.status).toBe(200);
    expect(published.body.review.text).toContain('Sonia');
    expect(published.body.review.text).not.toMatch(/Ferrand|Logisud/i);

    // The coach records a narrower scope: the case leaves the public pages at once.
    const narrowed = await coach.call('PUT', `/api/v1/case-studies/${c.id}/consent`, { kind: 'client', scope: 'anonymised', givenOn: '2026-01-21' });
    expect(narrowed.status).toBe(200);
    expect(narrowed.body.status).toBe('draft');
    expect((await app.inject({ method: 'GET', url: new URL(published.body.publicUrl).pathname })).statusCode).toBe(404);
  });
});
