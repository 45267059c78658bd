import { describe, expect, it } from 'vitest';
import { ownerAndStrangerFixture } from '../../../testing/settings-fixture.js';
import { jsonOf } from '../../../testing/json-body.js';
import { addMember } from '../../../testing/organizations.js';

const t = ownerAndStrangerFixture();

describe('what the agent knows, in settings', () => {
  it('keeps one answer per topic and any number of other questions', async () => {
    const parking = await t.ownerApi.post('/api/settings/knowledge', { topic: 'parking', question: null, answer: 'Free parking behind the chapel.' });
    expect(parking.status).toBe(201);
    const second = await t.ownerApi.post('/api/settings/knowledge', { topic: 'parking', question: null, answer: 'Street parking.' });
    expect(second.status).toBe(409);
    expect((await jsonOf(second)).error.message).toMatch(/already an answer about parking/);
    await t.ownerApi.post('/api/settings/knowledge', { topic: 'other', question: 'Can we bring our dog?', answer: 'Yes, well-behaved pets are welcome.' });
    await t.ownerApi.post('/api/settings/knowledge', { topic: 'other', question: 'Do you livestream?', answer: 'Yes, on request.' });
    const { items } = await jsonOf(t.ownerApi.get('/api/settings/knowledge'));
    expect(items.map((entry: { topic: string; answer: string }) => [entry.topic, entry.answer])).toEqual(
      expect.arrayContaining([['parking', 'Free parking behind the chapel.'], ['other', 'Yes, well-behaved pets are welcome.'], ['other', 'Yes, on request.']]),
    );
  });

  it('needs a question for other, and only for other', async () => {
    const noQuestion = await t.ownerApi.post('/api/settings/knowledge', { topic: 'other', question: null, answer: 'Something' });
    expect(noQuestion.status).toBe(400);
    expect((await jsonOf(noQuestion)).error.issues.map((issue: { path: string }) => issue.path)).toEqual(['question']);
    expect((await t.ownerApi.post('/api/settings/knowledge', { topic: 'address', question: 'Where?', answer: '1 Main St' })).status).toBe(400);
    expect((await t.ownerApi.post('/api/settings/knowledge', { topic: 'weather', question: null, answer: 'Sunny' })).status).toBe(400);
  });

  it('keeps a public service at the local time staff typed, and shows it back the same way', async () => {
    const added = await t.ownerApi.post('/api/settings/public-services', { name: 'Margaret Ellis', kind: 'visitation', localStart: '2027-01-15T17:00', place: 'Evergreen Chapel, Oak Room', published: true });
    expect(added.status).toBe(201);
    const service = await jsonOf(added);
    expect(service).toMatchObject({ localStart: '2027-01-15T17:00', startsAt: '2027-01-15T23:00:00.000Z', published: true });
    const changed = await t.ownerApi.request('PUT', `/api/settings/public-services/${service.id}`, { name: 'Margaret Ellis', kind: 'visitation', localStart: '2027-01-15T18:30', place: 'Evergreen Chapel, Oak Room', published: false });
    expect(await jsonOf(changed)).toMatchObject({ localStart: '2027-01-15T18:30', published: false });
    const { items } = await jsonOf(t.ownerApi.get('/api/settings/public-services'));
    expect(items).toEqual([expect.objectContaining({ id: service.id, localStart: '2027-01-15T18:30' })]);
  });

  it('refuses a time the clocks skip and a date that is not on the calendar', async () => {
    const skipped = await t.ownerApi.post('/api/settings/public-services', { name: 'A', kind: 'funeral', localStart: '2027-03-14T02:30', place: 'Chapel' });
    expect(skipped.status).toBe(400);
    expect((await jsonOf(skipped)).error.issues).toEqual([{ path: 'localStart', message: 'is a time the clocks skip' }]);
    const notADate = await t.ownerApi.post('/api/settings/public-services', { name: 'A', kind: 'funeral', localStart: '2027-02-30T10:00', place: 'Chapel' });
    expect((await jsonOf(notADate)).error.issues.map((issue: { path: string }) => issue.path)).toEqual(['localStart']);
  });

  it('lets staff read but not change, and never answers for another organization', async () => {
    const staff = await t.as(await addMember(t.harness.db, t.owner.tenant, 'staff'));
    expect((await staff.get('/api/settings/knowledge')).status).toBe(200);
    expect((await staff.post('/api/settings/knowledge', { topic: 'directions', question: null, answer: 'Turn left' })).status).toBe(403);
    const theirs = await jsonOf(t.strangerApi.post('/api/settings/knowledge', { topic: 'address', question: null, answer: '9 Their Road' }));
    expect((await t.ownerApi.request('PUT', `/api/settings/knowledge/${theirs.id}`, { topic: 'address', question: null, answer: 'Mine now' })).status).toBe(404);
    expect((await t.ownerApi.delete(`/api/settings/knowledge/${theirs.id}`)).status).toBe(404);
    expect((await jsonOf(t.strangerApi.get('/api/settings/knowledge'))).items).toEqual([expect.objectContaining({ answer: '9 Their Road' })]);
  });
});
