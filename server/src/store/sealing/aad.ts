/**
 * The associated data each sealed field is bound to: a sealed value opens only in its own place
 * (its row, its column), so rows cannot be swapped around. ONE list, used by every backend.
 * NEVER change a string here: data files written with it would no longer open. Add new ones.
 */
export const AAD = {
  conferenceTitle: (conferenceId: string) => `conference:${conferenceId}:title`,
  conferencePlace: (conferenceId: string) => `conference:${conferenceId}:place`,
  conferenceChairName: (conferenceId: string) => `conference:${conferenceId}:chair`,
  conferenceReason: (conferenceId: string) => `conference:${conferenceId}:reason`,
  distributionRecipient: (entryId: string) => `distribution:${entryId}:to`,
  invitationDetails: (linkId: string) => `invitation:${linkId}:details`,
  reportField: (reportId: string, field: 'agency' | 'author' | 'notSharedReason') =>
    `report:${reportId}:${field}`,
  childName: (childId: string) => `child:${childId}:name`,
  childDateOfBirth: (childId: string) => `child:${childId}:dob`,
  linkLabel: (linkId: string) => `link:${linkId}:label`,
  participantName: (participantId: string) => `participant:${participantId}:name`,
  handName: (conferenceId: string, handKey: string) => `hand:${conferenceId}:${handKey}`,
  suggestionBody: (suggestionId: string) => `suggestion:${suggestionId}`,
  snapshotPart: (conferenceId: string, seq: number, part: 'public' | 'restricted' | 'json') =>
    `snapshot:${conferenceId}:${seq}:${part}`,
  /** A row holding one document update as is (frames 0; every row before migration 5). */
  update: (docName: string) => `doc:${docName}`,
  /** A row holding `frames` updates of a document, framed (documents.ts): the count is bound too. */
  updateFrames: (docName: string, frames: number) => `doc:${docName}:frames:${frames}`,
} as const;
