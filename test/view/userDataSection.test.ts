import { describe, expect, it } from 'vitest';
import { USER_DATA_FIELDS } from '../../src/core/settings/userDataFields';
import { USER_DATA_FORM } from '../../src/core/settings/form/userDataForm';
import { USER_DATA } from '../../src/view/actions/sections/userDataSection';
import { actionForm } from '../support/viewForm';

const base = { serverEvent: { event_name: 'Lead', action_source: 'website' } };
const HASH = 'a'.repeat(64);

describe('action: Customer Information Parameters', () => {
  it('has a field for every user_data key, labelled and explained by the core declarations', () => {
    expect(USER_DATA.map((f) => f.spec)).toEqual(Object.values(USER_DATA_FORM));
    expect(USER_DATA.map((f) => f.id)).toEqual(Object.keys(USER_DATA_FIELDS).map((key) => `userData.${key}`));
  });

  it("catches literal values Meta's rules would drop, with the rule", () => {
    const form = actionForm(base).type('userData.em', 'jane').type('userData.ge', 'x').type('userData.ph', '12345');
    const problems = form.problems();
    expect(problems['userData.em']).toMatch(/^Meta's rule would drop this value\. .*"@"/);
    expect(problems['userData.ge']).toMatch(/would drop/);
    expect(problems['userData.ph']).toMatch(/fewer than 7 digits/);
  });

  it('accepts plain values, data elements and values already hashed', () => {
    const form = actionForm(base)
      .type('userData.em', 'Jane@Example.com')
      .type('userData.ph', '{{phone}}')
      .type('userData.fn', HASH)
      .type('userData.country', 'United States');
    expect(form.problems()).toEqual({});
    expect(form.settings().userData).toEqual({
      em: 'Jane@Example.com',
      ph: '{{phone}}',
      fn: HASH,
      country: 'United States',
    });
  });

  it('checks each literal item of a list, skipping data elements', () => {
    const form = actionForm({ ...base, userData: { em: ['a@b.com', 'nope', '{{more}}'] } });
    expect(form.problems()['userData.em']).toMatch(/drop 1 of these values/);
  });

  it('a stored empty group comes back; a new empty one is not saved; clearing every field removes it', () => {
    expect(actionForm({ ...base, userData: {} }).settings().userData).toEqual({});
    expect(actionForm(base).settings()).not.toHaveProperty('userData');
    expect(
      actionForm({ ...base, userData: { em: 'a@b.com' } })
        .type('userData.em', '')
        .settings(),
    ).not.toHaveProperty('userData');
  });

  it('accepts a number for IDs sent as given (Meta types lead_id and fb_login_id as integers)', () => {
    const form = actionForm({ ...base, userData: { lead_id: 12345 } });
    expect(form.problems()['userData.lead_id']).toBeUndefined();
    expect(form.settings().userData).toEqual({ lead_id: 12345 });
  });
});
