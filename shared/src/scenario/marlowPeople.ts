/**
 * The people of the fictional Marlow family's conference (the handbook's DEMO-SCENARIO): who
 * attends, the professionals' views, and the family tree. Every name, school and service here is
 * invented.
 */
import type { NewAttendee } from '../doc/attendance.ts';
import type { ScenarioFamily, ScenarioView } from './types.ts';

export const MARLOW_ATTENDEES: Omit<NewAttendee, 'id'>[] = [
  {
    name: 'Priya Shah',
    role: 'Social worker',
    agency: "Children's social care",
    agencyType: 'childrens-social-care',
    reportReceived: true,
    reportSharedWithFamily: true,
    inDirectContact: true,
    coreGroup: true,
    leadSocialWorker: true,
  },
  {
    name: 'Tom Reeve',
    role: 'Designated safeguarding lead',
    agency: 'Riverside Primary School',
    agencyType: 'education',
    reportReceived: true,
    reportSharedWithFamily: true,
    inDirectContact: true,
    coreGroup: true,
  },
  {
    name: 'Nadia Okafor',
    role: 'Health visitor',
    agency: 'Fictional Community Health',
    agencyType: 'health',
    attendance: 'remote',
    reportReceived: true,
    reportSharedWithFamily: true,
    inDirectContact: true,
    coreGroup: true,
  },
  {
    name: 'PC Sam Hollis',
    role: 'Police',
    agency: 'Fictional Police',
    agencyType: 'police',
    reportReceived: true,
    inDirectContact: true,
  },
  {
    name: 'Dr Lena Ward',
    role: 'GP',
    agency: 'Fictional Surgery',
    agencyType: 'health',
    attendance: 'apologies',
    reportReceived: true,
  },
  { name: 'Chloe Marlow', role: 'Mother', agencyType: 'family', coreGroup: true },
  { name: 'Dan Ashby', role: 'Father', agencyType: 'family', coreGroup: true },
  { name: 'Fay Marlow', role: 'Grandmother', agencyType: 'family', coreGroup: true },
];

export const MARLOW_VIEWS: ScenarioView[] = [
  { name: 'Priya Shah', agency: "Children's social care", on: { ada: 'emotional', ben: 'neglect' } },
  { name: 'Tom Reeve', agency: 'Riverside Primary School', on: { ada: 'emotional', ben: 'emotional' } },
  { name: 'Nadia Okafor', agency: 'Fictional Community Health', on: { ada: 'neglect', ben: 'neglect' } },
  { name: 'PC Sam Hollis', agency: 'Fictional Police', on: { ada: 'emotional', ben: 'emotional' } },
  {
    name: 'Dr Lena Ward (by report)',
    agency: 'Fictional Surgery',
    on: { ada: null, ben: null },
    // Asked in the report whether she wishes to dissent: for Ada, yes.
    dissents: { ada: 'Support without a plan would be enough.' },
  },
  // Gave a view on Ada only, by report; agrees with her outcome, so is not among who disagreed.
  { name: 'Wren Kestrel', agency: 'Fictional Probation Service', on: { ada: 'emotional' }, private: true },
];

/** Ten people over three generations, in the order the chair adds them with the family. */
export const MARLOW_FAMILY: ScenarioFamily = {
  people: [
    { key: 'ada', name: 'Ada Marlow', sex: 'female', dateOfBirth: '2019-04-12', age: 7, subject: true },
    { key: 'ben', name: 'Ben Marlow', sex: 'male', dateOfBirth: '2023-08-30', age: 3, subject: true },
    { key: 'chloe', name: 'Chloe Marlow', sex: 'female', age: 29 },
    { key: 'dan', name: 'Dan Ashby', sex: 'male', age: 32 },
    { key: 'evan', name: 'Evan Price', sex: 'male', age: 35 },
    { key: 'fay', name: 'Fay Marlow', sex: 'female', age: 58 },
    { key: 'george', name: 'George Marlow', sex: 'male', deceased: { year: 2019, age: 61 } },
    { key: 'hana', name: 'Hana Ashby', sex: 'female' },
    { key: 'isla', name: 'Isla Ashby', sex: 'female', age: 0.5 },
    { key: 'unborn', name: 'Unborn baby', sex: 'unknown', pregnancy: { outcome: 'ongoing', weeks: 14 } },
  ],
  relationships: [
    { type: 'partnership', a: 'george', b: 'fay', kind: 'married', from: null, to: null },
    { type: 'partnership', a: 'dan', b: 'chloe', kind: 'separated', from: null, to: null },
    { type: 'partnership', a: 'chloe', b: 'evan', kind: 'cohabiting', from: null, to: null },
    { type: 'partnership', a: 'dan', b: 'hana', kind: 'married', from: null, to: null },
    { type: 'parent-child', parent: 'george', child: 'chloe', kind: 'birth' },
    { type: 'parent-child', parent: 'fay', child: 'chloe', kind: 'birth' },
    { type: 'parent-child', parent: 'dan', child: 'ada', kind: 'birth' },
    { type: 'parent-child', parent: 'chloe', child: 'ada', kind: 'birth' },
    { type: 'parent-child', parent: 'dan', child: 'ben', kind: 'birth' },
    { type: 'parent-child', parent: 'chloe', child: 'ben', kind: 'birth' },
    { type: 'parent-child', parent: 'dan', child: 'isla', kind: 'birth' },
    { type: 'parent-child', parent: 'hana', child: 'isla', kind: 'birth' },
    { type: 'parent-child', parent: 'chloe', child: 'unborn', kind: 'birth' },
    { type: 'emotional', a: 'fay', b: 'ada', kind: 'close' },
  ],
  // Evan is not in Chloe's flat: whether he lives there is one of the grey areas.
  households: [
    { name: "Chloe's flat", members: ['chloe', 'ada', 'ben', 'unborn'] },
    { name: "Dan and Hana's home", members: ['dan', 'hana', 'isla'] },
  ],
};
