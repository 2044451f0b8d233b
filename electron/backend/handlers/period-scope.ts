// Who reports on what lives in shared/domain/agency-work.ts (one rule for every door); the
// handlers keep importing it from here until they are moved to the shared module directly.
export {
  expectedAgencies,
  leadAgencyIds,
  partnerAgencyIds,
  workOf,
  type AgencyWork,
} from '../../../shared/domain/agency-work';
