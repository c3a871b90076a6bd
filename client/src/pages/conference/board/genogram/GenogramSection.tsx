/**
 * The Genogram region of the board: the family tree drawn on the canvas for everyone, the same
 * tree in words, and for the chair the forms and quick actions to build it with the family.
 */
import { forwardRef, memo, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import { describeGenogram } from '@cb/shared/genogram/describe';
import { layoutGenogram } from '@cb/shared/genogram/layout';
import type { GenogramModel } from '@cb/shared/genogram/model';
import { genogramLegendSvg } from '@cb/shared/genogram/svg';
import type { FocusSection } from '@cb/shared/protocol';
import { createGenogramActions } from '../commands/genogram.ts';
import { GenogramFigure } from './GenogramFigure.tsx';
import { PeopleList } from './PeopleList.tsx';
import { PersonForm, type PersonFormPreset } from './PersonForm.tsx';
import { RelationshipForm } from './RelationshipForm.tsx';
import { useGenogram } from './useGenogram.ts';
import { Region } from '../Region.tsx';

interface Props {
  doc: Y.Doc;
  editable: boolean;
  large: boolean;
  focused: boolean;
  licenseKey: string | null;
  onFocusRegion: ((section: FocusSection) => void) | null;
  onMessage(message: string): void;
}

/** The model with its people in the order the picture shows them: by generation, left to right. */
function inPictureOrder(model: GenogramModel): GenogramModel {
  const at = new Map(layoutGenogram(model).symbols.map((s) => [s.personId, s]));
  const key = (id: string) => at.get(id) ?? { generation: 0, x: 0 };
  const people = [...model.people].sort((a, b) => {
    const ka = key(a.id);
    const kb = key(b.id);
    return ka.generation - kb.generation || ka.x - kb.x;
  });
  return { ...model, people };
}

/** Turns a thrown validation error into words for the chair; nothing is written when it throws. */
function attempt(action: () => void, what: 'added' | 'saved' = 'added'): string | null {
  try {
    action();
    return null;
  } catch {
    return `That could not be ${what}. Please check the details and try again.`;
  }
}

/** Memoised: a change elsewhere on the board (a card added) does not draw this again. */
export const GenogramSection = memo(
  forwardRef<HTMLInputElement, Props>(function GenogramSection(
    { doc, editable, large, focused, licenseKey, onFocusRegion, onMessage },
    addPersonRef,
  ) {
    const model = useGenogram(doc);
    const ordered = useMemo(() => inPictureOrder(model), [model]);
    const actions = useMemo(() => (editable ? createGenogramActions(doc) : null), [doc, editable]);
    const [selectedId, setSelectedId] = useState<string | null>(null);
    const [preset, setPreset] = useState<{ value: PersonFormPreset; n: number } | null>(null);
    const [editingId, setEditingId] = useState<string | null>(null);
    const editing = model.people.find((p) => p.id === editingId);
    const [editingRelationshipId, setEditingRelationshipId] = useState<string | null>(null);
    const editingRelationship = model.relationships.find((r) => r.id === editingRelationshipId);
    const selected = model.people.some((p) => p.id === selectedId) ? selectedId : null;
    const words = useMemo(() => describeGenogram(ordered), [ordered]);
    // The key shows only the symbols this tree uses; the SVG comes from shared/, every text escaped.
    const key = useMemo(() => (model.people.length > 0 ? genogramLegendSvg(model) : ''), [model]);

    return (
      <Region
        name="Genogram"
        section="genogram"
        heading="Family tree"
        focused={focused}
        onFocusRegion={onFocusRegion}
      >
        <div className={`genogram${actions ? ' genogram--chair' : large ? ' genogram--large' : ''}`}>
          <div className="genogram__figure">
            {model.people.length === 0 ? (
              <p className="section__empty">The family tree is drawn here with the family.</p>
            ) : (
              <GenogramFigure
                doc={doc}
                model={model}
                editable={actions !== null}
                selectedPersonId={selected}
                onSelectPerson={setSelectedId}
                onNudge={(personId, nudge) => actions?.nudge(personId, nudge)}
                large={large}
                {...(licenseKey ? { licenseKey } : {})}
              />
            )}
          </div>
          {model.people.length > 0 ? (
            // Beside the tree on the family's and the room's screens, so the tree has the height.
            <div className="genogram__aside">
              <details className="genogram__key" open={large ? true : undefined}>
                <summary>Key to the symbols</summary>
                <div className="genogram__key-svg" dangerouslySetInnerHTML={{ __html: key }} />
              </details>
              <details className="genogram__words">
                <summary>The family tree in words</summary>
                <p>{words}</p>
              </details>
            </div>
          ) : null}
          {actions ? (
            <div className="genogram__tools">
              {editing ? (
                <PersonForm
                  key={`edit-${editing.id}`}
                  model={ordered}
                  person={editing}
                  onCancel={() => setEditingId(null)}
                  onSubmit={(input, _link, newHousehold) => {
                    const failed = attempt(() => {
                      // The form never moves a person or changes their birth order: those stay.
                      const { nudge: _nudge, birthOrder: _order, householdId: chosen, ...fields } = input;
                      const householdId = newHousehold
                        ? actions.addHousehold(newHousehold)
                        : (chosen ?? null);
                      actions.updatePerson(editing.id, { ...fields, householdId });
                    });
                    if (!failed) setEditingId(null);
                    return failed;
                  }}
                />
              ) : (
                <PersonForm
                  key={preset ? `preset-${preset.n}` : 'add'}
                  ref={addPersonRef}
                  model={ordered}
                  preset={preset?.value ?? null}
                  shortcut="5"
                  onSubmit={(input, link, newHousehold) =>
                    attempt(() => {
                      // A new household is made first, so the person can be put straight into it.
                      const householdId = newHousehold
                        ? actions.addHousehold(newHousehold)
                        : input.householdId;
                      actions.addPerson({ ...input, householdId }, link);
                    })
                  }
                />
              )}
              <PeopleList
                model={ordered}
                selectedId={selected}
                actions={actions}
                onSelect={setSelectedId}
                onPreset={(value) => {
                  setEditingId(null);
                  setPreset((p) => ({ value, n: (p?.n ?? 0) + 1 }));
                  // The form remounts with the relation chosen; put the cursor in its name box.
                  requestAnimationFrame(() =>
                    document
                      .querySelector<HTMLInputElement>('.genogram__tools form[aria-label="Add person"] input')
                      ?.focus(),
                  );
                }}
                onEdit={setEditingId}
                onEditRelationship={(relationshipId) => {
                  setEditingRelationshipId(relationshipId);
                  // The form replaces "Add relationship" below the list: take the cursor there.
                  requestAnimationFrame(() =>
                    document
                      .querySelector<HTMLElement>('.genogram__tools .genogram-form--relationship select')
                      ?.focus(),
                  );
                }}
                onMessage={onMessage}
              />
              {editingRelationship ? (
                <RelationshipForm
                  key={`edit-${editingRelationship.id}`}
                  model={ordered}
                  relationship={editingRelationship}
                  onCancel={() => setEditingRelationshipId(null)}
                  onSubmit={(input) => {
                    const failed = attempt(
                      () => actions.updateRelationship(editingRelationship.id, input),
                      'saved',
                    );
                    if (!failed) setEditingRelationshipId(null);
                    return failed;
                  }}
                />
              ) : model.people.length >= 2 ? (
                <RelationshipForm
                  model={ordered}
                  onSubmit={(input) => attempt(() => actions.addRelationship(input))}
                />
              ) : null}
            </div>
          ) : null}
        </div>
      </Region>
    );
  }),
);
