/**
 * Reading and writing board items in a conference document. Pure: takes Y.Docs, does no I/O.
 * Used by the server (demo data), the client (the board) and the tests. The reading is in
 * boardRead.ts, the writing in boardWrite.ts; this module gives both under one name.
 */
export {
  DEFAULT_SETTINGS,
  readAttendeeNames,
  readBoard,
  readChildren,
  readItem,
  readSection,
  readSettings,
  scoreOf,
  type BoardItem,
  type BoardSettings,
  type BoardView,
  type ItemPatch,
  type NewItem,
} from './boardRead.ts';
export {
  addItem,
  deleteItem,
  findItem,
  itemText,
  itemToMap,
  LOCAL_ORIGIN,
  moveItem,
  positionBetween,
  replaceText,
  setPosition,
  updateItem,
  updateSettings,
  type ItemLocation,
} from './boardWrite.ts';
