/**
 * The genogram on a tldraw canvas, with the chair's free drawing around it. Loaded lazily by
 * GenogramFigure (its own chunk, tldraw's CSS included). The people and lines come from the model
 * (modelShapes.ts); the drawing is synced through the public Yjs document (drawingSync.ts).
 * Only the chair's board loads it (followers see the shared SVG, FollowerGenogram.tsx); it still
 * copes with being read-only (a drawing from a newer board), and then never writes.
 */
import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import {
  ArrowToolbarItem,
  DefaultToolbar,
  DrawToolbarItem,
  EraserToolbarItem,
  HandToolbarItem,
  NoteToolbarItem,
  RectangleToolbarItem,
  SelectToolbarItem,
  TextToolbarItem,
  Tldraw,
  react,
  type Editor,
  type TLComponents,
  type TLUiOverrides,
} from 'tldraw';
import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite';
import 'tldraw/tldraw.css';
import { layoutGenogram } from '@cb/shared/genogram/layout';
import type { GenogramFigureProps } from '../GenogramFigure.tsx';
import { connectDrawing } from './drawingSync.ts';
import { drawGenogram, nextNudge } from './genogramDrawing.ts';
import {
  applyModelShapes,
  guardModelShapes,
  personIdOf,
  trackMoves,
  type ModelShapes,
} from './modelShapes.ts';
import {
  GENOGRAM_SHAPE_UTILS,
  GenogramDrawingContext,
  isPersonShape,
  LINES_TYPE,
  PERSON_TYPE,
  personShapeId,
} from './shapes.tsx';

/** Fonts, icons and translations bundled by Vite: tldraw's CDN is not reachable from the venues. */
const ASSET_URLS = getAssetUrlsByImport();

function ChairToolbar() {
  return (
    <DefaultToolbar>
      <SelectToolbarItem />
      <HandToolbarItem />
      <DrawToolbarItem />
      <EraserToolbarItem />
      <TextToolbarItem />
      <ArrowToolbarItem />
      <NoteToolbarItem />
      <RectangleToolbarItem />
    </DefaultToolbar>
  );
}

/**
 * The chair's UI: the tools, undo/redo and zoom. No menus for pages, files or debugging, and no
 * style panel (it would cover a fifth of the figure; strokes keep tldraw's default black).
 */
const CHAIR_COMPONENTS: TLComponents = {
  Toolbar: ChairToolbar,
  MainMenu: null,
  PageMenu: null,
  ActionsMenu: null,
  HelpMenu: null,
  DebugMenu: null,
  DebugPanel: null,
  SharePanel: null,
  Minimap: null,
  StylePanel: null,
};

/**
 * The words tldraw says for our own shapes: its screen-reader announcement of a selected shape
 * reads `tool.<type>`, which would otherwise be heard as the key itself ("tool.cb-person").
 */
const OVERRIDES: TLUiOverrides = {
  translations: { en: { [`tool.${PERSON_TYPE}`]: 'Person', [`tool.${LINES_TYPE}`]: 'Family lines' } },
};

const OPTIONS = { maxPages: 1 } as const;
/** The longest pause, in ms, before a model change becomes visible after a drag (see onMoved). */
const RESYNC_MS = 400;
/** How long followers wait for the content or the figure's size to settle before refitting, in ms. */
const FOLLOW_FIT_MS = 100;

export default function GenogramCanvas(props: GenogramFigureProps) {
  const { doc, model, editable, selectedPersonId, large, licenseKey } = props;
  const [editor, setEditor] = useState<Editor | null>(null);
  const [incompatible, setIncompatible] = useState(false);
  const shapes = useRef<ModelShapes>({ placements: new Map() });
  const picture = useMemo(() => drawGenogram(model, layoutGenogram(model)), [model]);
  const latestPicture = useRef(picture);

  const selectPerson = useEffectEvent((personId: string | null) => {
    if (personId !== selectedPersonId) props.onSelectPerson(personId);
  });
  const moved = useEffectEvent((personId: string, movedX: number, movedY: number) => {
    const person = model.people.find((p) => p.id === personId);
    if (person) props.onNudge(personId, nextNudge(person.nudge, movedX, movedY));
  });
  const fit = useEffectEvent((target: Editor) => {
    const bounds = target.getCurrentPageBounds();
    if (bounds) target.zoomToBounds(bounds, { targetZoom: large ? 2.5 : 1.2 });
  });

  useEffect(() => {
    if (!editor) return;
    // A drawing from a newer board cannot be saved here, so the chair cannot add to it either.
    const readOnly = !editable || incompatible;
    editor.updateInstanceState({ isReadonly: readOnly });
    // Followers drag to pan; the chair starts with the select tool.
    editor.setCurrentTool(readOnly ? 'hand' : 'select');
  }, [editor, editable, incompatible]);

  useEffect(() => {
    if (!editor) return;
    return guardModelShapes(editor, shapes.current);
  }, [editor]);

  // The model-bound shapes follow the model; followers keep the whole tree in view.
  const fitted = useRef(false);
  useEffect(() => {
    if (!editor) return;
    latestPicture.current = picture;
    applyModelShapes(editor, shapes.current, picture);
    // The chair's own view is left alone unless the tree has grown out of it (a new person).
    const bounds = editor.getCurrentPageBounds();
    const outOfView = bounds ? !editor.getViewportPageBounds().contains(bounds) : false;
    if (!editable || !fitted.current || outOfView) fit(editor);
    fitted.current = true;
  }, [editor, picture, editable]);

  // Followers also keep the chair's drawing in view, and refit when the figure changes size.
  useEffect(() => {
    if (!editor || editable) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = react('genogram follower fit', () => {
      editor.getCurrentPageBounds();
      editor.getViewportScreenBounds();
      clearTimeout(timer);
      timer = setTimeout(() => fit(editor), FOLLOW_FIT_MS);
    });
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, [editor, editable]);

  useEffect(() => {
    if (!editor) return;
    return connectDrawing(editor, doc, { editable, onIncompatible: setIncompatible });
  }, [editor, doc, editable]);

  useEffect(() => {
    if (!editor || !editable) return;
    let resync: ReturnType<typeof setTimeout> | undefined;
    const stop = trackMoves(editor, shapes.current, (personId, dx, dy) => {
      moved(personId, dx, dy);
      // If the nudge changes nothing (the layout clamps it), put the person back where it is drawn.
      clearTimeout(resync);
      resync = setTimeout(() => applyModelShapes(editor, shapes.current, latestPicture.current), RESYNC_MS);
    });
    return () => {
      stop();
      clearTimeout(resync);
    };
  }, [editor, editable]);

  useEffect(() => {
    if (!editor || !editable) return;
    const selected = editor.getSelectedShapeIds();
    const want = selectedPersonId ? personShapeId(selectedPersonId) : null;
    if (want && editor.getShape(want)) {
      if (selected.length !== 1 || selected[0] !== want) editor.select(want);
    } else if (!want && selected.some((id) => isPersonShape(editor.getShape(id)))) {
      editor.selectNone();
    }
  }, [editor, editable, selectedPersonId, picture]);

  useEffect(() => {
    if (!editor || !editable) return;
    return react('genogram selection', () => {
      const selected = editor.getSelectedShapes();
      const only = selected.length === 1 ? selected[0] : undefined;
      selectPerson(only && isPersonShape(only) ? personIdOf(only) : null);
    });
  }, [editor, editable]);

  return (
    <GenogramDrawingContext.Provider value={picture.drawing}>
      <div className="genogram-canvas__inner">
        <Tldraw
          shapeUtils={GENOGRAM_SHAPE_UTILS}
          assetUrls={ASSET_URLS}
          components={editable ? CHAIR_COMPONENTS : undefined}
          hideUi={!editable}
          autoFocus={false}
          options={OPTIONS}
          overrides={OVERRIDES}
          licenseKey={licenseKey}
          onMount={setEditor}
        />
      </div>
      {incompatible ? (
        <p className="genogram-canvas__message" role="status">
          This drawing was made with a newer version of the board. Please reload the page.
        </p>
      ) : null}
    </GenogramDrawingContext.Provider>
  );
}
