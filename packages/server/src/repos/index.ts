import { auditRepository } from './audit.js';
import { boardRecordRepository } from './board-records.js';
import { boardUpdateRepository } from './board-updates.js';
import { boardRepository } from './boards.js';
import { caseStudyRepository } from './case-studies.js';
import { clientRepository } from './clients.js';
import { engagementEventRepository } from './engagement-events.js';
import { engagementRepository } from './engagements.js';
import { organisationRepository } from './organisations.js';
import { outboxRepository } from './outbox.js';
import { alertRepository } from './alerts.js';
import { checkInRepository } from './check-ins.js';
import { commitmentRepository } from './commitments.js';
import { journalRepository } from './journal.js';
import { portalAccountRepository } from './portal-accounts.js';
import { testimonialRepository } from './testimonials.js';
import { programmeRepository } from './programmes.js';
import type { PracticeScope } from './scope.js';
import { searchSourceRepository } from './search-sources.js';
import { sessionRepository } from './sessions.js';

/** All repositories, bound to one practice. The only way features reach the database. */
export function repositoriesFor(scope: PracticeScope) {
  return {
    clients: clientRepository(scope),
    organisations: organisationRepository(scope),
    engagements: engagementRepository(scope),
    sessions: sessionRepository(scope),
    events: engagementEventRepository(scope),
    audit: auditRepository(scope),
    searchSources: searchSourceRepository(scope),
    boards: boardRepository(scope),
    boardRecords: boardRecordRepository(scope),
    boardUpdates: boardUpdateRepository(scope),
    caseStudies: caseStudyRepository(scope),
    programmes: programmeRepository(scope),
    outbox: outboxRepository(scope),
    portalAccounts: portalAccountRepository(scope),
    journal: journalRepository(scope),
    commitments: commitmentRepository(scope),
    checkIns: checkInRepository(scope),
    testimonials: testimonialRepository(scope),
    alerts: alertRepository(scope),
    /** The practice's key for choosing pseudonyms (AnonymiseOptions.seedOf): no table, only the key. */
    pseudonyms: { seedOf: (entityId: string) => scope.keys.pseudonymSeed(entityId) },
  };
}
export type Repositories = ReturnType<typeof repositoriesFor>;
export type { PracticeScope } from './scope.js';
