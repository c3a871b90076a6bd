/**
 * What the chair can do to the family tree: each is one undoable step in the public document
 * (the genogram is something the family draws with the chair, so it is never professionals-only).
 */
import type * as Y from 'yjs';
import {
  addNewRelationship,
  addRelative,
  setLivesWithChildren,
  updateRelationship,
  type Link,
  type NewRelationship,
} from '@cb/shared/genogram/entry';
import {
  addHousehold,
  nudgePerson,
  removePerson,
  removeRelationship,
  updatePerson,
  type NewPerson,
  type Person,
  type PersonPatch,
} from '@cb/shared/genogram/model';

export type { NewRelationship };

export interface GenogramActions {
  addPerson(input: Omit<NewPerson, 'id'>, link: Link | null): Person;
  updatePerson(personId: string, patch: PersonPatch): void;
  removePerson(personId: string): void;
  addRelationship(input: NewRelationship): void;
  /** Changes a relationship already on the tree (checked as a new one is); throws when invalid. */
  updateRelationship(relationshipId: string, input: NewRelationship): void;
  removeRelationship(relationshipId: string): void;
  nudge(personId: string, nudge: { dx: number; dy: number } | null): void;
  livesWithChildren(personId: string, lives: boolean): void;
  addHousehold(name: string): string;
}

export function createGenogramActions(doc: Y.Doc): GenogramActions {
  const newId = () => crypto.randomUUID();
  return {
    addPerson: (input, link) => addRelative(doc, input, link, newId),
    updatePerson: (personId, patch) => void updatePerson(doc, personId, patch),
    removePerson: (personId) => void removePerson(doc, personId),
    addRelationship: (input) => void addNewRelationship(doc, newId(), input),
    updateRelationship: (relationshipId, input) => void updateRelationship(doc, relationshipId, input),
    removeRelationship: (relationshipId) => void removeRelationship(doc, relationshipId),
    nudge: (personId, nudge) => void nudgePerson(doc, personId, nudge),
    livesWithChildren: (personId, lives) => setLivesWithChildren(doc, personId, lives, newId),
    addHousehold: (name) => addHousehold(doc, { id: newId(), name }).id,
  };
}
