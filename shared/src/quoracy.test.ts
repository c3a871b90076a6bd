import { describe, expect, it } from 'vitest';
import { EMPTY_ATTENDEE, type Attendee } from './doc/attendance.ts';
import { quoracy } from './quoracy.ts';

const person = (over: Partial<Attendee>): Attendee => ({
  ...EMPTY_ATTENDEE,
  id: 'x',
  name: 'Someone',
  ...over,
});

const socialWorker = person({ agency: 'Children’s social care', agencyType: 'childrens-social-care' });
const school = person({ agency: 'Riverside Primary School', agencyType: 'education', inDirectContact: true });
const healthVisitor = person({ agency: 'Health visiting', agencyType: 'health', inDirectContact: true });
const police = person({ agency: 'Police', agencyType: 'police', inDirectContact: true });

describe('quoracy', () => {
  it('is quorate with children’s social care and two agencies in direct contact (the Marlow conference)', () => {
    const r = quoracy([
      socialWorker,
      school,
      { ...healthVisitor, attendance: 'remote' },
      police,
      person({ name: 'Chloe Marlow', agencyType: 'family', agency: 'Family' }),
    ]);
    expect(r).toEqual({
      quorate: true,
      agencies: ['Children’s social care', 'Riverside Primary School', 'Health visiting', 'Police'],
      missing: '',
    });
  });

  it('needs children’s social care', () => {
    expect(quoracy([school, healthVisitor])).toEqual({
      quorate: false,
      agencies: ['Riverside Primary School', 'Health visiting'],
      missing: 'Children’s social care is needed.',
    });
    expect(quoracy([school]).missing).toBe(
      'Children’s social care and at least one more agency in direct contact with the child or family are needed.',
    );
    expect(quoracy([]).missing).toBe(
      'Children’s social care and at least two more agencies in direct contact with the child or family are needed.',
    );
  });

  it('needs two other agencies', () => {
    expect(quoracy([socialWorker, school])).toMatchObject({
      quorate: false,
      missing: 'At least one more agency in direct contact with the child or family is needed.',
    });
    expect(quoracy([socialWorker]).missing).toBe(
      'At least two more agencies in direct contact with the child or family are needed.',
    );
  });

  it('does not count an agency that only sent a report or its apologies', () => {
    const gpReport = person({
      agency: 'Hillside Surgery',
      agencyType: 'health',
      inDirectContact: true,
      attendance: 'apologies',
      reportReceived: true,
    });
    const absentPolice = { ...police, attendance: 'absent' as const, reportReceived: true };
    const r = quoracy([socialWorker, school, gpReport, absentPolice]);
    expect(r.quorate).toBe(false);
    expect(r.agencies).toEqual(['Children’s social care', 'Riverside Primary School']);
  });

  it('counts each agency once, and only professional agencies in direct contact with the child', () => {
    const secondTeacher = { ...school, agency: 'riverside primary school ', name: 'Another teacher' };
    const housing = person({ agency: 'Housing', agencyType: 'housing', inDirectContact: false });
    const advocate = person({
      agency: 'Family Rights Advocacy',
      agencyType: 'advocate',
      inDirectContact: true,
    });
    const interpreter = person({ agency: 'Interpreting', agencyType: 'other', inDirectContact: true });
    const r = quoracy([socialWorker, school, secondTeacher, housing, advocate, interpreter]);
    expect(r.quorate).toBe(false);
    expect(r.agencies).toEqual(['Children’s social care', 'Riverside Primary School']);
  });

  it('counts a professional with no agency written by their kind of agency', () => {
    const r = quoracy([socialWorker, { ...school, agency: '' }, { ...police, agency: ' ' }]);
    expect(r).toMatchObject({ quorate: true, agencies: ['Children’s social care', 'Education', 'Police'] });
  });
});
