/**
 * The chair's list of everyone on the family tree, with quick actions for the person selected
 * (on the canvas or here): add a partner, child or parent, mark as died, living with the
 * children, move left or right (the keyboard way to nudge a symbol), edit, remove.
 */
import { childrensHousehold } from '@cb/shared/genogram/entry';
import { personWords } from '@cb/shared/genogram/describe';
import type { GenogramModel, Person } from '@cb/shared/genogram/model';
import type { GenogramActions } from '../commands/genogram.ts';
import { personName, relationshipWords } from './labels.ts';
import type { PersonFormPreset } from './PersonForm.tsx';

/** How far one press of "Move left/right" nudges a symbol, in layout units (a third of a slot). */
const NUDGE_STEP = 40;

interface Props {
  model: GenogramModel;
  selectedId: string | null;
  actions: GenogramActions;
  onSelect(personId: string | null): void;
  onPreset(preset: PersonFormPreset): void;
  onEdit(personId: string): void;
  onEditRelationship(relationshipId: string): void;
  onMessage(message: string): void;
}

export function PeopleList({
  model,
  selectedId,
  actions,
  onSelect,
  onPreset,
  onEdit,
  onEditRelationship,
  onMessage,
}: Props) {
  const nameOf = (id: string) => personName(model.people.find((p) => p.id === id));
  const home = childrensHousehold(model);
  const rank = { partnership: 0, 'parent-child': 1, twins: 2, emotional: 3 } as const;
  const relationships = model.relationships
    .map((r) => ({ r, words: relationshipWords(r, nameOf) }))
    .sort((x, y) => rank[x.r.type] - rank[y.r.type] || x.words.localeCompare(y.words));

  const quickActions = (p: Person) => {
    const name = personName(p);
    const livesHere = home !== null && p.householdId === home;
    return (
      <div className="genogram-people__actions" role="group" aria-label={`Actions for ${name}`}>
        <button type="button" className="chip" onClick={() => onPreset({ relatedTo: p.id, as: 'partner' })}>
          Add partner
        </button>
        <button type="button" className="chip" onClick={() => onPreset({ relatedTo: p.id, as: 'child' })}>
          Add child
        </button>
        <button type="button" className="chip" onClick={() => onPreset({ relatedTo: p.id, as: 'parent' })}>
          Add parent
        </button>
        <button
          type="button"
          className="chip"
          onClick={() => actions.updatePerson(p.id, { deceased: p.deceased ? null : {} })}
        >
          {p.deceased ? 'Mark as living' : 'Mark as died'}
        </button>
        <button type="button" className="chip" onClick={() => actions.livesWithChildren(p.id, !livesHere)}>
          {livesHere ? 'Does not live with the children' : 'Lives with the children'}
        </button>
        <button
          type="button"
          className="chip"
          onClick={() => actions.nudge(p.id, { dx: (p.nudge?.dx ?? 0) - NUDGE_STEP, dy: p.nudge?.dy ?? 0 })}
        >
          Move left
        </button>
        <button
          type="button"
          className="chip"
          onClick={() => actions.nudge(p.id, { dx: (p.nudge?.dx ?? 0) + NUDGE_STEP, dy: p.nudge?.dy ?? 0 })}
        >
          Move right
        </button>
        {p.nudge ? (
          <button type="button" className="chip" onClick={() => actions.nudge(p.id, null)}>
            Put back in place
          </button>
        ) : null}
        <button type="button" className="chip" onClick={() => onEdit(p.id)}>
          Edit
        </button>
        <button
          type="button"
          className="chip chip--danger"
          onClick={() => {
            actions.removePerson(p.id);
            onSelect(null);
            onMessage(`Removed ${name} from the family tree. Undo brings them back.`);
          }}
        >
          Remove
        </button>
      </div>
    );
  };

  return (
    <div className="genogram-people">
      <h3 className="section__subheading">People ({model.people.length})</h3>
      {model.people.length === 0 ? (
        <p className="section__empty section__empty--small">
          Nobody yet. Start with the children, then their parents.
        </p>
      ) : (
        <ul className="genogram-people__list">
          {model.people.map((p) => (
            <li key={p.id} className="genogram-people__person">
              <button
                type="button"
                className="genogram-people__name"
                aria-pressed={p.id === selectedId}
                onClick={() => onSelect(p.id === selectedId ? null : p.id)}
              >
                {personWords(p)}
              </button>
              {p.id === selectedId ? quickActions(p) : null}
            </li>
          ))}
        </ul>
      )}
      {model.relationships.length > 0 ? (
        <>
          <h3 className="section__subheading">Relationships</h3>
          <ul className="genogram-people__list">
            {relationships.map(({ r, words }) => {
              return (
                <li key={r.id} className="genogram-people__relationship">
                  <span>{words}</span>
                  <span className="genogram-people__relationship-actions">
                    <button
                      type="button"
                      className="chip"
                      aria-label={`Edit: ${words}`}
                      onClick={() => onEditRelationship(r.id)}
                    >
                      Edit
                    </button>
                    <button
                      type="button"
                      className="chip chip--danger"
                      aria-label={`Remove: ${words}`}
                      onClick={() => {
                        actions.removeRelationship(r.id);
                        onMessage(`Removed “${words}”. Undo brings it back.`);
                      }}
                    >
                      Remove
                    </button>
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </div>
  );
}
