/** The kinds of agency (and family) a person at a conference comes from: no imports, so the API's schemas can use them. */
export const AGENCY_TYPES = [
  'childrens-social-care',
  'health',
  'education',
  'police',
  'probation',
  'housing',
  'other-agency',
  'family',
  'advocate',
  'other',
] as const;
export type AgencyType = (typeof AGENCY_TYPES)[number];

/** Plain words for each kind of agency, e.g. for a select list or when the agency is blank. */
export const AGENCY_TYPE_LABELS: Record<AgencyType, string> = {
  'childrens-social-care': 'Children’s social care',
  health: 'Health',
  education: 'Education',
  police: 'Police',
  probation: 'Probation',
  housing: 'Housing',
  'other-agency': 'Another agency',
  family: 'Family',
  advocate: 'Advocate',
  other: 'Other',
};
